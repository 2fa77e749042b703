/** The words of the attachment parts, in one place. */
export const ATTACHMENT_TEXT = {
  label: '附件',
  list: '已添加的附件',
  add: '添加文件…',
  dialogTitle: '添加附件',
  dropHint: '把照片、扫描件或整个文件夹拖到这里，或',
  limitHint: '单个文件不超过 50 MB',
  adding: '正在添加…',
  missing: '文件缺失',
  missingTitle: '附件文件已不在数据文件夹中：记录仍保留它的名称和校验值，可重新添加同一文件恢复',
  empty: '暂无附件',
  open: (name: string) => `打开 ${name}`,
  remove: (name: string) => `移除 ${name}`,
  alreadyAttached: (name: string) => `“${name}”与已有附件内容相同，未重复添加`,
  cannotOpen: (name: string) => `“${name}”的文件缺失，无法打开`,
} as const;
