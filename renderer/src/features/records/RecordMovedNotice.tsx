import { Alert, Button } from 'antd';

interface Props {
  deleted: boolean;
  onReview: () => void;
}

/**
 * 此记录已被修改: shown in a form whose record changed elsewhere while the user was typing. What
 * was typed stays; the user looks at the differences when ready.
 */
export function RecordMovedNotice({ deleted, onReview }: Props) {
  if (deleted) {
    return (
      <Alert
        className="record-moved"
        type="error"
        showIcon
        title="此记录已被删除"
        description="打开表单之后，这条记录已在别处删除。表单里的内容仍保留在草稿中；恢复记录（撤销删除）后可以保存。"
      />
    );
  }
  return (
    <Alert
      className="record-moved"
      type="warning"
      showIcon
      title="此记录已被修改"
      description="打开表单之后，这条记录已在别处修改。你填写的内容没有被替换。"
      action={
        <Button size="small" onClick={onReview}>
          查看差异
        </Button>
      }
    />
  );
}
