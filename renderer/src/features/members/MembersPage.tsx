import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { hrefOf } from '../../app/routes';
import { useHashRoute } from '../../app/useHashRoute';
import { RemindersLink } from '../dossier/DossierLinks';
import { useStoredRecord } from '../records/useStoredRecord';
import { RecordListPage, type RowLink } from '../records/RecordListPage';
import { MergeMembersButton } from './merge/MergeMembersButton';
import { SheetImportButton } from '../transfer/sheetImport/SheetImportButton';
import { PasteMembersButton } from './paste/PasteMembersButton';
import { MEMBER_FILTERS } from './memberFilters';
import { MEMBER_FORM } from '../../app/partLoaders';
import { WhenLoaded } from '../../app/WhenLoaded';

const MemberForm = MEMBER_FORM.Component;

/** Each row's 档案: a member's file is a click away from the list, not behind the form. */
function dossierLink(member: { id: string }): RowLink {
  return { label: '档案', href: hrefOf('members', member.id, 'dossier') };
}

export function MembersPage() {
  const { sub, moveWithin } = useHashRoute();
  const [target, mode] = sub;
  // Live, tombstone included: the open form learns that its member changed or was deleted.
  const editing = useStoredRecord('member', target === 'new' ? null : target);
  const formOpen = target === 'new' || (mode === 'edit' && editing);
  return (
    <>
      <RecordListPage
        kind="member"
        title="委员"
        selectedId={target}
        formOpen={!!formOpen}
        onOpen={(id) => moveWithin(id, 'edit')}
        rowLink={dossierLink}
        filters={MEMBER_FILTERS}
        bulkActions={(selection) => <MergeMembersButton selection={selection} />}
        emptyText="还没有委员。这里将列出全部委员，可按类别、界别、工作室筛选，并查看每位委员的履职档案。"
        actions={
          <>
            <RemindersLink />
            <PasteMembersButton />
            <SheetImportButton kind="member" />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => moveWithin('new')}>
              新增委员
            </Button>
          </>
        }
      />
      {formOpen ? (
        <WhenLoaded code={MEMBER_FORM}>
          <MemberForm
            key={target}
            memberId={target === 'new' ? null : (target ?? null)}
            member={target === 'new' ? null : editing}
            onClose={(savedId) => (savedId ? moveWithin(savedId) : moveWithin())}
          />
        </WhenLoaded>
      ) : null}
    </>
  );
}
