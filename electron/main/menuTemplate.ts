import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openLogFolder(): void;
  openDataFolder(): void;
  showAbout(): void;
}

export interface MenuOptions {
  /** False in a packaged build: users get no developer tools. */
  devTools: boolean;
}

/** The Chinese application menu: 文件 · 编辑 · 视图 · 帮助, with Electron's standard edit roles. */
export function menuTemplate(
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件',
      submenu: [
        { label: '打开数据文件夹', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        // Shown, not registered: Ctrl+Z must reach the page, which undoes typing in a text field
        // and the last saved change elsewhere (撤销 / 重做 of the records).
        { label: '撤销', role: 'undo', registerAccelerator: false },
        { label: '重做', role: 'redo', registerAccelerator: false },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
        ...(options.devTools
          ? [{ label: '开发者工具', role: 'toggleDevTools' } as const]
          : ([] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: '帮助',
      submenu: [
        { label: '打开日志文件夹', click: () => actions.openLogFolder() },
        { type: 'separator' },
        { label: '关于履职台账', click: () => actions.showAbout() },
      ],
    },
  ];
}
