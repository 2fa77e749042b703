// Tolerant post-install step. Electron's own install script is denied in package.json
// (`allowScripts`) because it downloads the binary and, where it cannot, npm rolls the whole
// install back. Here we try that download ourselves and, where no network allows it, say in one
// line that `npm start` will use the Chromium shell instead.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) {
  console.log('[履职台账] electron 未安装（生产安装），跳过。');
  process.exit(0);
}
if (existsSync(join(dir, 'path.txt'))) {
  console.log('[履职台账] Electron 已就绪。');
  process.exit(0);
}
if (process.env.DUTY_LEDGER_SKIP_ELECTRON_DOWNLOAD || process.env.CI) {
  console.log('[履职台账] 未下载 Electron：npm start 将使用 Chromium 外壳（需要系统 chromium）。');
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  stdio: 'ignore',
  timeout: 120_000,
});
if (result.status === 0 && existsSync(join(dir, 'path.txt'))) {
  console.log('[履职台账] Electron 已下载。');
} else {
  console.log(
    '[履职台账] 无法下载 Electron：npm start 将使用 Chromium 外壳（需要系统 chromium）。',
  );
}
