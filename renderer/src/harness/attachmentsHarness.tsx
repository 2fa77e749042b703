/**
 * Loaded by `renderer/harness.html`, a development page (never served by a packaged build): the
 * attachment parts in a form of their own, for test/e2e/attachments.spec.ts to drive through the
 * real shell until the 履职活动 form that will hold them lands. Same origin and bridge as the app.
 */
import { Button, Col, Form, Row } from 'antd';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from '../app/ThemeProvider';
import '../app/global.css';
import type { PartialDate } from '../domain/partialDate';
import type { Attachment } from '../domain/records/attachment';
import { PartialDateInput, partialDateRule } from '../features/records/PartialDateInput';
import { AttachmentsField } from '../features/attachments/AttachmentsField';
import { PhotoDropTarget } from '../features/attachments/PhotoDropTarget';
import { readTripPhotos, type TripPhotos } from '../features/attachments/readTripPhotos';
import { TripPhotosNotice, tripDefaults } from '../features/attachments/TripPhotosNotice';

interface Values {
  start?: PartialDate | string;
  end?: PartialDate | string;
  attachments: Attachment[];
}

function Harness() {
  const [form] = Form.useForm<Values>();
  const [trip, setTrip] = useState<TripPhotos | null>(null);
  return (
    <main style={{ maxWidth: 720, margin: '24px auto' }}>
      <h1>附件测试页</h1>
      <PhotoDropTarget
        hint="把一次调研的照片或整个文件夹拖到这里：按拍摄日期填写起止日期，照片作为附件"
        onFiles={(files) =>
          void readTripPhotos(files).then((next) => {
            const { startDate, endDate, attachments } = tripDefaults(next);
            form.setFieldsValue({ start: startDate, end: endDate, attachments } as Values);
            setTrip(next);
          })
        }
      >
        <Button type="primary">新增活动</Button>
      </PhotoDropTarget>
      <div style={{ marginTop: 12 }}>
        <TripPhotosNotice trip={trip} />
      </div>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ attachments: [] }}
        style={{ marginTop: 16 }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="开始日期" name="start" rules={[partialDateRule('开始日期')]}>
              <PartialDateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="结束日期" name="end" rules={[partialDateRule('结束日期')]}>
              <PartialDateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="附件" name="attachments">
          <AttachmentsField />
        </Form.Item>
      </Form>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from harness.html');
createRoot(container).render(
  <StrictMode>
    <ThemeProvider>
      <Harness />
    </ThemeProvider>
  </StrictMode>,
);
