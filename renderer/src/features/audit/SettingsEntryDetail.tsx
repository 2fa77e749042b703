import { Table, Typography } from 'antd';
import type { AuditEntry } from '../../domain/records';
import { settingChanges, type SettingChange, type SettingsSnapshot } from '../../domain/settings';

/** Shown on the side of a change where a setting had no value: a rate not yet added, or removed. */
const NONE = '（无）';

/** A change of 设置 opened: each setting it changed, before → after, in words. */
export function SettingsEntryDetail({ entry }: { entry: AuditEntry }) {
  // Written by settingsAuditEntry: a 设置 entry's snapshots are settings by their stored names.
  const changes = settingChanges(
    entry.before as SettingsSnapshot | null,
    entry.after as SettingsSnapshot | null,
  );
  if (changes.length === 0) {
    return <Typography.Text type="secondary">没有设置改变。</Typography.Text>;
  }
  return (
    <div>
      <Table<SettingChange>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={changes}
        columns={[
          { title: '项目', dataIndex: 'label', width: 220 },
          { title: '修改前', key: 'before', render: (_, change) => change.before ?? NONE },
          { title: '修改后', key: 'after', render: (_, change) => change.after ?? NONE },
        ]}
      />
      {/* As a record's entry leads to the record: the setting as it stands now is in 设置. */}
      <a href="#/settings" className="audit-settings-link">
        在设置中查看现在的设置
      </a>
    </div>
  );
}
