/** What the user is told when an unreadable settings file was set aside at start-up. */
export function settingsSetAsideText(setAsideTo: string): {
  title: string;
  message: string;
  detail: string;
} {
  return {
    title: '设置已恢复为默认值',
    message: '设置文件无法读取，履职台账已改用默认设置启动。',
    detail: `原来的设置文件已原样保存为：\n${setAsideTo}\n请在“设置”中重新填写经办人和单位名称。`,
  };
}
