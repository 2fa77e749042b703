import { App as AntApp, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { bridge, bridgeErrorMessage } from '../../bridge/bridge';
import { useHost } from '../../app/HostContext';
import { useHashRoute } from '../../app/useHashRoute';
import { useLeaveGuard } from '../../app/useLeaveGuard';
import { PageHeading } from '../../shared/PageHeading';
import { AuditLogPage } from '../audit/AuditLogPage';
import { BackupCard } from '../backups/BackupCard';
import { StageLimitCard } from '../donations/pipeline/StageLimitCard';
import { PointsRulesCard } from './PointsRulesCard';
import { RatesCard } from './RatesCard';
import { SampleDataCard } from './SampleDataCard';
import { showsSettingsCards } from './settingsGuard';

interface FormValues {
  operatorName: string;
  committeeName: string;
}

/** 设置, and under it 操作记录 (`#/settings/audit`). */
export function SettingsPage() {
  const { sub } = useHashRoute();
  return sub[0] === 'audit' ? <AuditLogPage /> : <SettingsCards />;
}

function SettingsCards() {
  const { navigate } = useHashRoute();
  const { settings, info, saveSettings } = useHost();
  const [form] = Form.useForm<FormValues>();
  const { message } = AntApp.useApp();

  // Each field follows its own stored value only: saving another card (the points rules, the
  // backups) must not put back what is being typed here.
  const storedOperator = settings?.operatorName;
  const storedCommittee = settings?.committeeName;
  useEffect(() => {
    if (storedOperator !== undefined) form.setFieldValue('operatorName', storedOperator);
  }, [storedOperator, form]);
  useEffect(() => {
    if (storedCommittee !== undefined) form.setFieldValue('committeeName', storedCommittee);
  }, [storedCommittee, form]);

  // Typed and not saved: leaving 设置 asks first. Spaces around a name are not a change (保存
  // trims them).
  useLeaveGuard(
    '基本信息',
    () => {
      const differs = (name: keyof FormValues, stored: string | undefined) => {
        const typed: unknown = form.getFieldValue(name);
        return typeof typed === 'string' && stored !== undefined && typed.trim() !== stored.trim();
      };
      return differs('operatorName', storedOperator) || differs('committeeName', storedCommittee);
    },
    showsSettingsCards,
  );

  const onFinish = async (values: FormValues) => {
    try {
      await saveSettings({
        operatorName: values.operatorName.trim(),
        committeeName: values.committeeName.trim(),
      });
      message.success('设置已保存');
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  const openLogs = async () => {
    try {
      await bridge().app.openLogFolder();
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  return (
    <section aria-labelledby="page-title">
      <PageHeading>设置</PageHeading>
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
        <Card title="基本信息">
          <Form<FormValues>
            form={form}
            layout="vertical"
            onFinish={(values) => void onFinish(values)}
            disabled={!settings}
          >
            <Form.Item
              label="经办人"
              name="operatorName"
              extra="记录在每一次新增、修改和删除上。"
              rules={[{ max: 40, message: '经办人不能超过 40 个字' }]}
            >
              <Input placeholder="例如：王小明" autoComplete="off" />
            </Form.Item>
            <Form.Item
              label="单位名称"
              name="committeeName"
              extra="印在导出的每一份文件上。"
              rules={[
                { required: true, whitespace: true, message: '请填写单位名称' },
                { max: 80, message: '单位名称不能超过 80 个字' },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              保存
            </Button>
          </Form>
        </Card>
        <SampleDataCard />
        <PointsRulesCard />
        <RatesCard />
        <BackupCard />
        <StageLimitCard />
        <Card title="操作记录">
          <Typography.Paragraph>
            每一次新增、修改、删除和导入，以及设置的修改，都记下了经办人和时间，可按人、日期、类型查看修改前后的内容。
          </Typography.Paragraph>
          <Button onClick={() => navigate('settings', 'audit')}>查看操作记录</Button>
        </Card>
        <Card title="数据与帮助">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="数据文件夹">
              <Typography.Text copyable>{info?.dataDir ?? '—'}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="运行方式">
              {info ? (info.host === 'electron' ? 'Electron 桌面程序' : 'Chromium 外壳') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="版本">{info?.appVersion ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Button onClick={() => void openLogs()}>打开日志文件夹</Button>
        </Card>
      </Space>
    </section>
  );
}
