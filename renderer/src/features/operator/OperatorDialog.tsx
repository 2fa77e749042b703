import { App as AntApp, Form, Input, Modal, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useHost } from '../../app/HostContext';
import { useHashRoute } from '../../app/useHashRoute';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { registerOperatorAsker } from './operatorGate';

interface Values {
  operatorName: string;
}

/**
 * Asks for the 经办人 before a write while 设置 has none; the answer is saved to 设置 and the write
 * goes on. 取消 leaves the form open and unsaved. Mount once where the pages are.
 */
export function OperatorDialog() {
  const { settings, saveSettings } = useHost();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const answer = useRef<((goOn: boolean) => void) | undefined>(undefined);
  const input = useRef<InputRef>(null);
  useEffect(() => {
    // Settings not read (yet, or the host is unreachable): nowhere to keep an answer, so no question.
    const known = settings === null ? null : settings.operatorName.trim();
    return registerOperatorAsker(() => {
      if (known === null || known.length > 0) return Promise.resolve(true);
      setOpen(true);
      return new Promise<boolean>((resolve) => {
        answer.current = resolve;
      });
    });
  }, [settings]);

  const close = (goOn: boolean) => {
    form.resetFields();
    setOpen(false);
    answer.current?.(goOn);
    answer.current = undefined;
  };

  const submit = async () => {
    const { operatorName } = await form.validateFields();
    // A click that lands while the form is still being mounted validates no field at all: the
    // answer is checked here too, so a blank one is never taken and the reason always shows.
    const name = typeof operatorName === 'string' ? operatorName.trim() : '';
    if (name.length === 0) {
      form.setFields([{ name: 'operatorName', errors: ['请填写经办人'] }]);
      return;
    }
    setSaving(true);
    try {
      await saveSettings({ operatorName: name });
      close(true);
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  // Another page opened while asking (or unmounted): the write asked for does not go on, and the
  // question does not stay for a page that did not ask it.
  const { route } = useHashRoute();
  useEffect(
    () => () => {
      if (!answer.current) return;
      answer.current(false);
      answer.current = undefined;
      setOpen(false);
    },
    [route],
  );

  return (
    <Modal
      open={open}
      title="请填写经办人"
      okText="保存并继续"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => close(false)}
      destroyOnHidden
      // autoFocus alone loses to the dialog's own focus handling when it is asked a second time.
      afterOpenChange={(opened) => {
        if (opened) input.current?.focus();
      }}
    >
      <p>每一次新增、修改和删除都记下经办人。填写一次即可，之后可在“设置”中修改。</p>
      <Form<Values> form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          label="经办人"
          name="operatorName"
          rules={[
            { required: true, whitespace: true, message: '请填写经办人' },
            { max: 40, message: '经办人不能超过 40 个字' },
          ]}
        >
          <Input ref={input} placeholder="例如：王小明" autoComplete="off" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
