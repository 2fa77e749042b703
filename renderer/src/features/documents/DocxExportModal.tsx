import { FileWordOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';

/**
 * The dialog of a .docx export: its preview, 取消, and the primary save button (`saveLabel`),
 * which waits while the export is `busy` and stays off until the document is `ready`.
 */
export function DocxExportModal(props: {
  title: string;
  saveLabel: string;
  busy: boolean;
  ready: boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { title, saveLabel, busy, ready, onSave, onClose, children } = props;
  return (
    <Modal
      open
      title={title}
      width={640}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          icon={<FileWordOutlined />}
          loading={busy}
          disabled={!ready}
          onClick={onSave}
        >
          {saveLabel}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
