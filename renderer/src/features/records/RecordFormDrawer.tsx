import {
  App as AntApp,
  Button,
  Drawer,
  Form,
  Modal,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import { useFocusBackOnClose } from '../../shared/useFocusBackOnClose';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RecordSnapshot } from '../../domain/records';
import type { Draft } from '../../db/DutyLedgerDb';
import { saveDraft } from '../../db/repositories/draftRepository';
import { RecordValidationError } from '../../db/repositories/recordErrors';
import { RecordMovedNotice } from './RecordMovedNotice';
import type { useRecordEditor } from './useRecordEditor';
import { beforeSelectsHear, moveOnEnter } from './formKeys';
import './recordForm.css';

interface Props<V> {
  title: string;
  form: FormInstance<V>;
  editor: ReturnType<typeof useRecordEditor>;
  onClose: () => void;
  initialValues?: Partial<V>;
  width?: number;
  /** Buttons shown in the header before the draft line, e.g. a member's 档案. */
  headerActions?: ReactNode;
  children: ReactNode;
}

/**
 * The frame every record form shares: a drawer with the draft line, the moved-record notice,
 * the conflict dialog, and the keyboard of people who enter records all day — Enter moves to the
 * next field, Ctrl+S saves, and Esc (or ×) on unsaved input asks before closing.
 */
export function RecordFormDrawer<V extends object>(props: Props<V>) {
  const { title, form, editor, onClose, initialValues, width = 640, children } = props;
  const { message } = AntApp.useApp();
  // Closed without a save, the keyboard goes back where the form was opened from; a saved
  // record's row takes it (RecordListPage).
  const focusBack = useFocusBackOnClose();

  // 保存: a refusal is said — the fields the record's checks refused (each shown at its field
  // too), or what the form cannot show at a field (the record is gone, the disk failed).
  const submit = async (values: V) => {
    try {
      focusBack.leaveFocus();
      await editor.save(values as RecordSnapshot);
    } catch (error) {
      focusBack.leaveFocus(false);
      const text = error instanceof Error ? error.message : String(error);
      message.error(error instanceof RecordValidationError ? `没有保存：${text}` : text);
    }
  };
  const { headerActions } = props;
  /** 已放弃草稿 with 恢复: the draft is put back and its form opened again where it was. */
  const offerRestore = (copy: Draft, back: string) => {
    const key = `restore-${copy.key}`;
    void message.info({
      key,
      duration: 8,
      content: (
        <span>
          已放弃草稿“{copy.title}”。
          <Button
            type="link"
            size="small"
            onClick={async () => {
              message.destroy(key);
              // The same form opened again meanwhile: what it holds now is not written over.
              if (window.location.hash === back) {
                void message.warning('这张表单已重新打开，草稿没有恢复');
                return;
              }
              const { key: _key, updatedAt: _at, ...kept } = copy;
              await saveDraft(kept);
              window.location.hash = back;
            }}
          >
            恢复
          </Button>
        </span>
      ),
    });
  };
  const [asking, setAsking] = useState(false);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        form.submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [form]);

  // The first field has the focus from the form's first painted frame: the field's own autoFocus
  // may run before the drawer is in the page, and waiting for the opening animation left what was
  // typed meanwhile nowhere.
  useEffect(() => {
    const frame = requestAnimationFrame(() => focusFirstField(fieldsRef.current));
    return () => cancelAnimationFrame(frame);
  }, []);

  // Nothing unsaved: close at once (and drop a draft that only held what was taken back).
  const close = async () => {
    if (editor.dirty) {
      // Where the user was (a field, after Esc; the drawer's ×): 继续填写 goes back there.
      const at = document.activeElement;
      returnFocus.current = at instanceof HTMLElement ? at : null;
      return setAsking(true);
    }
    await editor.discard();
    onClose();
  };

  // The question is drawn only while asked, so antd cannot give the focus back itself: without
  // this it fell to the page, and Esc or typing then did nothing.
  const keepFilling = () => {
    setAsking(false);
    const back = returnFocus.current;
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
      else focusFirstField(fieldsRef.current);
    });
  };

  return (
    <Drawer
      open
      title={title}
      size={width}
      onClose={() => void close()}
      destroyOnHidden
      // The first field's own autoFocus keeps the focus from the form's first frame: the drawer
      // taking it for itself as it opened left what was typed meanwhile nowhere.
      autoFocus={false}
      // Once open, the first field has it unless the user is already in the form.
      afterOpenChange={(opened) => {
        if (opened) focusFirstField(fieldsRef.current);
      }}
      extra={
        <Space>
          {headerActions}
          <Typography.Text type="secondary" role="status" aria-live="polite">
            {editor.saving
              ? '正在保存草稿…'
              : editor.savedAt
                ? `草稿已保存 ${editor.savedAt.toLocaleTimeString('zh-CN')}`
                : editor.restored
                  ? '已恢复草稿'
                  : ''}
          </Typography.Text>
        </Space>
      }
      footer={
        <Space style={{ float: 'right' }}>
          <Typography.Text type="secondary" className="form-keys">
            Enter 下一项 · Ctrl+S 保存
          </Typography.Text>
          <Button
            onClick={async () => {
              const back = window.location.hash;
              const copy = await editor.discardKeepingCopy();
              onClose();
              // Thrown away at once, as the button says; for a moment it can still be had back.
              if (copy) offerRestore(copy, back);
            }}
          >
            放弃草稿
          </Button>
          <Button type="primary" onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {editor.moved || editor.deleted ? (
        <RecordMovedNotice deleted={editor.deleted} onReview={editor.review} />
      ) : null}
      {editor.dialog}
      <div onKeyDown={moveOnEnter} onKeyDownCapture={beforeSelectsHear} ref={fieldsRef}>
        <Form<V>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          // A refused field below the fold is brought into view and focused, and the refusal is
          // said where the eye is: a save that did nothing visible reads as a save that worked.
          scrollToFirstError={{ block: 'center', focus: true }}
          onFinishFailed={({ errorFields }) => {
            const first = errorFields.find((field) => field.errors.length > 0)?.errors[0];
            if (first) message.error(notSavedText(first, errorFields.length));
          }}
          onValuesChange={editor.onValuesChange}
          initialValues={initialValues}
        >
          {children}
        </Form>
      </div>
      {asking ? (
        <Modal
          open
          title="关闭表单？"
          onCancel={keepFilling}
          afterOpenChange={(opened) => {
            if (opened) keepRef.current?.focus();
          }}
          footer={[
            <Button key="stay" onClick={keepFilling}>
              继续填写
            </Button>,
            <Button
              key="discard"
              danger
              onClick={async () => {
                await editor.discard();
                setAsking(false);
                onClose();
              }}
            >
              放弃修改
            </Button>,
            <Button
              key="keep"
              type="primary"
              autoFocus
              ref={keepRef}
              onClick={() => {
                setAsking(false);
                onClose();
              }}
            >
              保留草稿并关闭
            </Button>,
          ]}
        >
          填写的内容还没有保存。保留草稿，下次打开此表单或从草稿箱可以继续填写。
        </Modal>
      ) : null}
    </Drawer>
  );
}

/** Focuses the form's first field unless the focus is already in the form (the user is in it). */
function focusFirstField(fields: HTMLElement | null): void {
  if (!fields || fields.contains(document.activeElement)) return;
  fields
    .querySelector<HTMLElement>(
      'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])',
    )
    ?.focus();
}

/** What a save refused by the form's own checks says: the first reason, and how many there are. */
function notSavedText(firstReason: string, count: number): string {
  return count > 1
    ? `没有保存：${firstReason}（共 ${count} 处需要修改）`
    : `没有保存：${firstReason}`;
}
