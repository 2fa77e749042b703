import { FileOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Attachment } from '../../domain/records/attachment';
import {
  addChosenFiles,
  addDroppedFiles,
  attachmentStatus,
  formatSize,
  openAttachment,
  type AddResult,
} from './attachmentClient';
import { ATTACHMENT_TEXT as T } from './attachmentText';
import { filesFromDrop } from './filesFromDrop';
import './attachments.css';

interface Props {
  /** Form.Item's id: on the group, not its button, whose name must stay 添加文件…. */
  id?: string;
  value?: Attachment[];
  onChange?: (next: Attachment[]) => void;
  /** The field's accessible name; the form's label says the same. */
  'aria-label'?: string;
}

/**
 * 附件 as a form control: files added by the host's dialog or by a drop (folders too), kept by the
 * host under their hash; images shown small from the host's URL; a file gone from disk shown as
 * 文件缺失. `value` is what the record holds; removing an attachment leaves its file for
 * `attachments:gc`, since other records or the undo step may still refer to it.
 */
export function AttachmentsField({ id, value, onChange, 'aria-label': label = T.label }: Props) {
  const attachments = value ?? [];
  // The latest value, so that files finishing after the user changed the list are added to it.
  const latest = useRef(attachments);
  useEffect(() => {
    latest.current = attachments;
  });
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const take = (result: AddResult | null) => {
    if (!result) return;
    const next = [...latest.current];
    const notes = [...result.errors];
    for (const attachment of result.added) {
      if (next.some((kept) => kept.sha256 === attachment.sha256)) {
        notes.push(T.alreadyAttached(attachment.name));
      } else next.push(attachment);
    }
    setMessages(notes);
    if (next.length !== latest.current.length) {
      latest.current = next;
      onChange?.(next);
    }
  };

  const run = async (adding: () => Promise<AddResult | null>) => {
    setBusy(true);
    try {
      take(await adding());
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    const files = filesFromDrop(event.dataTransfer);
    void run(async () => addDroppedFiles(await files));
  };

  return (
    <div id={id} className="attachments-field" role="group" aria-label={label} aria-busy={busy}>
      <div
        className={`attachments-drop${dragging ? ' dragging' : ''}`}
        data-testid="attachments-drop"
        onDragOver={(event) => {
          event.preventDefault();
          event.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <InboxOutlined aria-hidden className="attachments-drop-icon" />
        <span>{T.dropHint}</span>
        <Button size="small" loading={busy} onClick={() => void run(addChosenFiles)}>
          {busy ? T.adding : T.add}
        </Button>
        <Typography.Text type="secondary" className="attachments-limit">
          {T.limitHint}
        </Typography.Text>
      </div>
      {messages.length > 0 && (
        <Alert
          className="attachments-messages"
          type="error"
          showIcon
          closable
          onClose={() => setMessages([])}
          message={
            messages.length === 1 ? (
              messages[0]
            ) : (
              <ul>
                {messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {attachments.length > 0 && (
        <ul className="attachments-list" aria-label={T.list}>
          {attachments.map((attachment) => (
            <AttachmentItem
              key={attachment.sha256}
              attachment={attachment}
              onRemove={() => {
                latest.current = latest.current.filter((kept) => kept.sha256 !== attachment.sha256);
                onChange?.(latest.current);
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

type FileState =
  { status: 'checking' } | { status: 'missing' } | { status: 'present'; url: string };

function AttachmentItem({
  attachment,
  onRemove,
}: {
  attachment: Attachment;
  onRemove: () => void;
}) {
  const [file, setFile] = useState<FileState>({ status: 'checking' });
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    let live = true;
    attachmentStatus(attachment.sha256).then(
      (result) => {
        if (live) setFile(result.status === 'present' ? result : { status: 'missing' });
      },
      () => {
        if (live) setFile({ status: 'missing' });
      },
    );
    return () => {
      live = false;
    };
  }, [attachment.sha256]);

  const missing = file.status === 'missing';
  const thumbnail =
    file.status === 'present' && attachment.mimeType.startsWith('image/') && !unreadable;
  return (
    <li className={`attachments-item${missing ? ' missing' : ''}`}>
      <span className="attachments-thumb">
        {thumbnail ? (
          <img
            src={file.url}
            alt=""
            width={48}
            height={48}
            decoding="async"
            loading="lazy"
            onError={() => setUnreadable(true)}
          />
        ) : (
          <FileOutlined aria-hidden />
        )}
      </span>
      <span className="attachments-name">
        <Typography.Text ellipsis={{ tooltip: attachment.name }}>{attachment.name}</Typography.Text>
        <Typography.Text type="secondary" className="attachments-size">
          {formatSize(attachment.size)}
        </Typography.Text>
        {missing && (
          <Tag color="error" title={T.missingTitle}>
            {T.missing}
          </Tag>
        )}
      </span>
      <Button
        size="small"
        type="link"
        disabled={missing}
        aria-label={T.open(attachment.name)}
        onClick={() =>
          void openAttachment(attachment).then((opened) => {
            if (!opened) setFile({ status: 'missing' });
          })
        }
      >
        打开
      </Button>
      <Button
        size="small"
        type="link"
        danger
        aria-label={T.remove(attachment.name)}
        onClick={onRemove}
      >
        移除
      </Button>
    </li>
  );
}
