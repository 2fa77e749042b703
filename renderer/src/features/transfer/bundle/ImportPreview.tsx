import { Button, Collapse, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  applyChoices,
  conflictingFields,
  RECORD_KIND_LABELS,
  type RecordSnapshot,
} from '../../../domain/records';
import { VERDICTS, type IncomingItem, type KindPlan } from '../../../domain/transfer/importPlan';
import type { Resolution, VersionedRecord } from '../../../domain/transfer/incomingVersion';
import { ConflictDialog } from '../../records/ConflictDialog';

interface Props {
  plans: KindPlan[];
  resolutions: ReadonlyMap<string, Resolution>;
  onResolve: (id: string, resolution: Resolution) => void;
}

/** How many records of a verdict the preview lists before saying how many more there are. */
const LISTED = 200;

/**
 * The import preview: per record type, the counts 新增 · 更新 · 删除 · 冲突 · 相同 and the records
 * under each; every 冲突 with its choice — 保留本机, 采用对方, or field by field.
 */
export function ImportPreview({ plans, resolutions, onResolve }: Props) {
  const [comparing, setComparing] = useState<IncomingItem | null>(null);
  return (
    <>
      {plans.map((plan) => {
        const label = RECORD_KIND_LABELS[plan.kind];
        const headingId = `import-kind-${plan.kind}`;
        const conflicts = plan.items.filter((item) => item.plan.verdict === '冲突');
        const listed = VERDICTS.filter((verdict) => verdict !== '冲突' && plan.counts[verdict] > 0);
        return (
          <section key={plan.kind} aria-labelledby={headingId} className="import-kind">
            <h4 id={headingId} className="transfer-subtitle">
              {label}
            </h4>
            <p className="import-counts" data-kind={plan.kind}>
              {VERDICTS.map((verdict) => `${verdict} ${plan.counts[verdict]}`).join(' · ')}
            </p>
            {conflicts.map((item) => (
              <ConflictChoice
                key={item.id}
                item={item}
                resolution={resolutions.get(item.id)}
                onResolve={onResolve}
                onCompare={() => setComparing(item)}
              />
            ))}
            {listed.length > 0 ? (
              <Collapse
                size="small"
                items={listed.map((verdict) => {
                  const items = plan.items.filter((item) => item.plan.verdict === verdict);
                  return {
                    key: verdict,
                    label: `${label}·${verdict}（${items.length} 条）`,
                    children: (
                      <ul className="import-records">
                        {items.slice(0, LISTED).map((item) => (
                          <li key={item.id}>{item.title}</li>
                        ))}
                        {items.length > LISTED ? <li>另有 {items.length - LISTED} 条</li> : null}
                      </ul>
                    ),
                  };
                })}
              />
            ) : null}
          </section>
        );
      })}
      {comparing ? (
        <FieldByField
          item={comparing}
          onDone={(record) => {
            if (record) onResolve(comparing.id, { keep: 'merged', record });
            setComparing(null);
          }}
        />
      ) : null}
    </>
  );
}

function ConflictChoice({
  item,
  resolution,
  onResolve,
  onCompare,
}: {
  item: IncomingItem;
  resolution: Resolution | undefined;
  onResolve: Props['onResolve'];
  onCompare: () => void;
}) {
  const labelId = `conflict-record-${item.id}`;
  return (
    <div className="import-conflict">
      <Typography.Text id={labelId} strong>
        冲突：{RECORD_KIND_LABELS[item.kind]}“{item.title}”（两边都改过）
      </Typography.Text>
      <Space wrap>
        <Radio.Group
          aria-labelledby={labelId}
          value={resolution?.keep}
          onChange={(event) => {
            const keep = event.target.value as 'local' | 'incoming' | 'merged';
            if (keep === 'merged') onCompare();
            else onResolve(item.id, { keep });
          }}
          options={[
            { value: 'local', label: '保留本机' },
            { value: 'incoming', label: '采用对方' },
            { value: 'merged', label: '逐项选择' },
          ]}
        />
        {resolution?.keep === 'merged' ? (
          <Button size="small" onClick={onCompare}>
            修改逐项选择
          </Button>
        ) : null}
      </Space>
    </div>
  );
}

/** The record's fields side by side (此记录已被修改 dialog): 本机 against 对方, field by field. */
function FieldByField({
  item,
  onDone,
}: {
  item: IncomingItem;
  /** The merged record, or null when the user closed the dialog without choosing. */
  onDone: (record: VersionedRecord | null) => void;
}) {
  const local = contentOf(item.local ?? {});
  const incoming = contentOf(item.incoming);
  const conflicts = conflictingFields(item.kind, null, incoming, local);
  return (
    <ConflictDialog
      mode="review"
      texts={{
        intro: `这条${RECORD_KIND_LABELS[item.kind]}记录在本机和交接包中都改过。`,
        current: '本机',
        mine: '对方',
        ok: '采用所选',
      }}
      kindLabel={RECORD_KIND_LABELS[item.kind]}
      conflicts={conflicts}
      onConfirm={(choices) => onDone(applyChoices(incoming, local, choices) as VersionedRecord)}
      onCancel={() => onDone(null)}
    />
  );
}

/** A record's fields without its history, for comparing. */
function contentOf(record: Readonly<Record<string, unknown>>): RecordSnapshot {
  const { _revs: _history, ...rest } = record;
  return rest;
}
