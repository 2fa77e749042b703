import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildBridge } from '../contract/buildBridge';
import { ATTACHMENT_UPLOAD_PATH } from '../contract/attachments';
import { BRIDGE_GLOBAL, CHANNELS } from '../contract/channels';
import { CONTENT_SECURITY_POLICY, resolveAppRequest } from '../handlers/appRequest';
import { dispatch } from '../handlers/dispatch';
import { routeAttachments } from './routeAttachments';
import type { HostServices } from '../services/hostServices';
import { settingsSetAsideText } from '../services/settingsSetAsideText';
import { chromiumPrinter } from './chromiumPrinter';
import { createShellServices } from './createShellServices';
import { defaultDataDir } from './defaultDataDir';
import {
  decideSandbox,
  isSandboxUnavailable,
  SANDBOX_UNAVAILABLE,
  type SandboxDecision,
} from './chromiumSandbox';
import { findChromium } from './findChromium';
import { askPathInPage, showNoticeInPage } from './pageDialog';
import { createRendererFiles } from './rendererFiles';
import { ScriptedDialogs } from './scriptedDialogs';
import { shellInvoke } from './shellInvoke';
import { snapshotOnWindowClose } from './windowCloseSnapshot';
import { SHELL_ENTRY_URL, SHELL_ORIGIN } from './shellOrigin';

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Flags for every launch; the sandbox flag, where needed, comes from `decideSandbox`. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ShellOptions {
  dataDir?: string;
  headless?: boolean;
  chromiumPath?: string;
  rendererDir?: string;
  /** Replaces opening folders in the system file manager (tests record the call instead). */
  openPath?: (path: string) => Promise<void>;
  /** false: never use the system's dialog program (zenity); ask inside the page instead. */
  nativeDialogs?: boolean;
  /** Take the 退出时 backup when the user closes the window (`npm start`; tests opt in). */
  snapshotOnWindowClose?: boolean;
  /** 'reduce': the page is told the user prefers less motion (the app then draws no animation). */
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface ShellHandle {
  context: BrowserContext;
  page: Page;
  services: HostServices;
  dialogs: ScriptedDialogs;
  dataDir: string;
  profileDir: string;
  close(): Promise<void>;
}

/**
 * Runs the built renderer in the system's Chromium with the same handlers Electron uses: a
 * persistent profile in the data folder, the renderer served at a fixed secure origin by request
 * interception (no socket), and the bridge exposed as a binding whose sender is checked.
 */
export async function launchShell(options: ShellOptions = {}): Promise<ShellHandle> {
  const executablePath = options.chromiumPath ?? findChromium();
  if (!executablePath) {
    throw new Error(
      '找不到 Chromium。请安装：sudo apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。',
    );
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  const profileDir = join(dataDir, 'chromium-profile');
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  mkdirSync(profileDir, { recursive: true });

  const dialogs = new ScriptedDialogs(options.nativeDialogs === false ? { native: null } : {});
  const headless = options.headless ?? true;
  const launch = (sandbox: SandboxDecision) => {
    const args = [...CHROMIUM_ARGS, ...sandbox.args];
    return chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless,
      chromiumSandbox: sandbox.sandbox,
      args: headless ? args : [...args, '--app=about:blank', '--window-size=1280,820'],
      viewport: headless ? { width: 1280, height: 820 } : null,
      locale: 'zh-CN',
      serviceWorkers: 'block',
      ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    });
  };
  let sandbox = decideSandbox(process.getuid?.());
  let context: BrowserContext;
  try {
    context = await launch(sandbox).catch((error: unknown) => {
      if (!sandbox.sandbox || !isSandboxUnavailable(error)) throw error;
      sandbox = SANDBOX_UNAVAILABLE;
      return launch(sandbox);
    });
  } catch (error) {
    const message = String(error);
    if (/ProcessSingleton|SingletonLock|profile.*in use/i.test(message)) {
      throw new Error(`履职台账已在运行（数据文件夹 ${dataDir} 正被另一个窗口使用）。`, {
        cause: error,
      });
    }
    throw error;
  }
  const services = createShellServices({
    dataDir,
    dialogs,
    chromiumVersion: context.browser()?.version() ?? 'unknown',
    ...(options.openPath ? { openPath: options.openPath } : {}),
    printToPdf: chromiumPrinter(context),
  });

  // No remote content: anything not ours is aborted; ours is served from the built renderer.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  const rendererFile = createRendererFiles();
  await context.route(`${SHELL_ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (await routeAttachments(route, services)) return;
    const decision = resolveAppRequest(
      request.method(),
      request.url(),
      { protocol: 'https:', host: new URL(SHELL_ORIGIN).host },
      rendererDir,
    );
    if (decision.status !== 200) return route.fulfill({ status: decision.status, body: '' });
    try {
      return route.fulfill({
        status: 200,
        body: await rendererFile(decision.filePath),
        headers: {
          'Content-Type': decision.contentType,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });

  await context.exposeBinding('__dutyLedgerInvoke', (source, channel: unknown, args: unknown) =>
    dispatch(channel, args, source.frame.url(), services),
  );
  await context.addInitScript({
    content: `(() => {
      const invoke = window.__dutyLedgerInvoke;
      const transport = (${shellInvoke.toString()})((c, a) => invoke(c, a), ${JSON.stringify(ATTACHMENT_UPLOAD_PATH)});
      const api = (${buildBridge.toString()})(${JSON.stringify(CHANNELS)}, transport);
      Object.defineProperty(window, ${JSON.stringify(BRIDGE_GLOBAL)}, { value: api, writable: false, configurable: false });
    })();`,
  });

  const page = context.pages()[0] ?? (await context.newPage());
  dialogs.askInPageWith((request) => askPathInPage(page, request));
  page.on('pageerror', (error) =>
    services.log.write('error', 'renderer', error.message, error.stack),
  );
  if (options.snapshotOnWindowClose) await snapshotOnWindowClose(context, page, services.log);
  await page.goto(SHELL_ENTRY_URL);
  services.log.write('info', 'shell', `started with ${executablePath}; ${sandbox.note}`);
  if (services.settingsSetAsideTo) {
    void showNoticeInPage(page, settingsSetAsideText(services.settingsSetAsideTo));
  }

  return {
    context,
    page,
    services,
    dialogs,
    dataDir,
    profileDir,
    close: () => context.close(),
  };
}
