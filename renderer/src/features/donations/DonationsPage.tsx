import { NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useHashRoute } from '../../app/useHashRoute';
import { useStoredRecord } from '../records/useStoredRecord';
import { RecordListPage } from '../records/RecordListPage';
import { SheetImportButton } from '../transfer/sheetImport/SheetImportButton';
import { DonationBulkEdit } from './list/DonationBulkEdit';
import { DonationTotalsBar } from './list/DonationTotalsBar';
import { DONATION_FILTERS } from './list/donationFilters';
import { DONATION_FORM, GOODS_PIPELINE_BOARD } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

// The form's code comes when a form opens, and the goods board's (its drag and drop) when
// 物资流转 is opened (or either with the warm-up), not with the list's first rows.
const GoodsPipelineBoard = GOODS_PIPELINE_BOARD.Component;
const DonationForm = DONATION_FORM.Component;

/** The sub-path of 物资流转, the goods board under 捐赠: `#/donations/pipeline`. */
export const PIPELINE_VIEW = 'pipeline';

export function DonationsPage() {
  const { sub, moveWithin } = useHashRoute();
  const [target, mode] = sub;
  // Live, tombstone included: the open form learns that its donation changed or was deleted.
  const editing = useStoredRecord('donation', target === 'new' ? null : target);
  const formOpen = target === 'new' || (mode === 'edit' && editing);
  if (target === PIPELINE_VIEW) {
    return (
      <WhenLoaded
        code={GOODS_PIPELINE_BOARD}
        fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}
      >
        <GoodsPipelineBoard />
      </WhenLoaded>
    );
  }
  return (
    <>
      <RecordListPage
        kind="donation"
        title="捐赠"
        selectedId={target}
        formOpen={!!formOpen}
        onOpen={(id) => moveWithin(id, 'edit')}
        filters={DONATION_FILTERS}
        bulkActions={(selection) => <DonationBulkEdit selection={selection} />}
        summary={(query) => <DonationTotalsBar query={query} />}
        emptyText="还没有捐赠记录。资金捐赠（人民币、港币、澳门币等）和物资捐赠及其流转状态将列在这里。"
        actions={
          <Space>
            <SheetImportButton kind="donation" />
            <Button icon={<NodeIndexOutlined />} onClick={() => moveWithin(PIPELINE_VIEW)}>
              物资流转
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => moveWithin('new')}>
              新增捐赠
            </Button>
          </Space>
        }
      />
      {formOpen ? (
        <WhenLoaded code={DONATION_FORM}>
          <DonationForm
            key={target}
            donationId={target === 'new' ? null : (target ?? null)}
            donation={target === 'new' ? null : editing}
            onClose={(savedId) => (savedId ? moveWithin(savedId) : moveWithin())}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
