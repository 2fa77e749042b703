// `npm start`: Electron when its binary is present, otherwise the Chromium shell, saying which.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

function electronBinaryPresent() {
  try {
    return existsSync(join(dirname(require.resolve('electron/package.json')), 'path.txt'));
  } catch {
    return false;
  }
}

function chromiumPresent() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.some((path) => path && existsSync(path));
}

const useElectron = electronBinaryPresent();
if (!useElectron && !chromiumPresent()) {
  console.error(
    '[履职台账] 既没有 Electron 也没有 Chromium。请联网后重新运行 npm install（下载 Electron），' +
      '或安装 Chromium：sudo apt-get install chromium fonts-noto-cjk',
  );
  process.exit(1);
}
const build = run('npx', ['electron-vite', 'build']);
if (build.status !== 0) process.exit(build.status ?? 1);
if (useElectron) {
  console.log('[履职台账] 使用 Electron 启动。');
  process.exit(run('npx', ['electron', '.']).status ?? 1);
}
console.log('[履职台账] 未找到 Electron 程序，改用 Chromium 外壳启动。');
process.exit(
  run('npx', ['tsx', 'electron/shell/runShell.ts', ...process.argv.slice(2)]).status ?? 1,
);
