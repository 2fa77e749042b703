// `npm start` without Electron: opens the app in a Chromium window until that window is closed.
import { requestQuitSnapshot } from '../services/quitSnapshot';
import { launchShell } from './launchShell';

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless');
  if (
    !headless &&
    !process.env.DISPLAY &&
    !process.env.WAYLAND_DISPLAY &&
    process.platform === 'linux'
  ) {
    console.error(
      '[履职台账] 没有图形界面（DISPLAY 未设置）。请在桌面中运行，或：xvfb-run -a npm start',
    );
    process.exit(1);
  }
  const shell = await launchShell({ headless, snapshotOnWindowClose: !headless });
  console.log(`[履职台账] 已在 Chromium 外壳中打开。数据文件夹：${shell.dataDir}`);
  const screenshot = argValue('--screenshot');
  if (screenshot) {
    await shell.page.getByRole('navigation').waitFor();
    await shell.page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    await shell.page.screenshot({ path: screenshot });
    await shell.close();
    return;
  }
  // Stopped from the terminal: the page takes its 退出时 backup first (within a time limit).
  // A window the user closes takes it too (launchShell's snapshotOnWindowClose).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void requestQuitSnapshot((source) => shell.page.evaluate(source)).then((outcome) => {
        shell.services.log.write('info', 'shell', `quit snapshot: ${outcome}`);
        return shell.close();
      });
    });
  }
  await new Promise<void>((resolve) => shell.context.on('close', () => resolve()));
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().catch((error: unknown) => {
  console.error(`[履职台账] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
