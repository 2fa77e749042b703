import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../../electron/main/menuTemplate';

describe('menuTemplate', () => {
  const actions = { openLogFolder: vi.fn(), openDataFolder: vi.fn(), showAbout: vi.fn() };
  const menu = menuTemplate(actions, { devTools: true });

  it('has the Chinese menus in order', () => {
    expect(menu.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('gives 编辑 the standard edit roles', () => {
    const edit = menu[1]?.submenu as MenuItemConstructorOptions[];
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('leaves Ctrl+Z and Ctrl+Shift+Z to the page, where records are undone', () => {
    const edit = menu[1]?.submenu as MenuItemConstructorOptions[];
    const history = edit.filter((item) => item.role === 'undo' || item.role === 'redo');
    expect(history.map((item) => item.registerAccelerator)).toEqual([false, false]);
  });

  it('opens the log folder from 帮助', () => {
    const help = menu[3]?.submenu as MenuItemConstructorOptions[];
    const item = help.find((entry) => entry.label === '打开日志文件夹');
    (item?.click as () => void)();
    expect(actions.openLogFolder).toHaveBeenCalledOnce();
  });

  it('offers 开发者工具 in development and nowhere in a packaged build', () => {
    const roles = (template: MenuItemConstructorOptions[]) =>
      template.flatMap((item) => (item.submenu as MenuItemConstructorOptions[]).map((e) => e.role));
    expect(roles(menu)).toContain('toggleDevTools');
    const packaged = menuTemplate(actions, { devTools: false });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(JSON.stringify(packaged)).not.toContain('开发者工具');
  });
});
