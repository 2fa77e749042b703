import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { trimAntdStyles, UNUSED_ANTD_COMPONENTS } from './build/trimAntdStyles';
import { META_CONTENT_SECURITY_POLICY } from './electron/handlers/appRequest';

/** Writes the host's content security policy into every built page (not the dev server's). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'duty-ledger-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** antd's stylesheet without the components the app never draws (build/trimAntdStyles.ts). */
function antdUsedStyles(): Plugin {
  return {
    name: 'duty-ledger-antd-used-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]antd[\\/]dist[\\/]antd\.css$/.test(id)) return null;
      return { code: trimAntdStyles(code, UNUSED_ANTD_COMPONENTS), map: null };
    },
  };
}

const NODE_SHIMS = 'renderer/src/features/transfer/sheets/nodeShims';

/**
 * exceljs's streaming writer (which its browser build leaves out) in the sheet worker: the Node
 * modules it and readable-stream import are swapped, for them only, for small browser stand-ins
 * (zip on fflate, a minimal EventEmitter, nothing for fs and crypto).
 */
function exceljsStreamShims(): Plugin {
  const shims: Record<string, string> = {
    archiver: resolve(NODE_SHIMS, 'archiver.cjs'),
    events: resolve(NODE_SHIMS, 'events.ts'),
    fs: resolve(NODE_SHIMS, 'empty.ts'),
    crypto: resolve(NODE_SHIMS, 'empty.ts'),
  };
  return {
    name: 'duty-ledger-exceljs-stream-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      const shim = shims[source];
      if (!shim || !importer || !/node_modules[\\/](exceljs|readable-stream)[\\/]/.test(importer)) {
        return null;
      }
      return shim;
    },
  };
}

// Our folders are electron/ and renderer/, not electron-vite's default src/: entries are explicit.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: resolve('electron/main/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), contentSecurityPolicyMeta(), antdUsedStyles()],
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      // electron-vite leaves code unminified; the renderer's size is its start-up time.
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: {
          index: resolve('renderer/index.html'),
          bench: resolve('renderer/bench.html'),
          harness: resolve('renderer/harness.html'),
        },
      },
    },
    worker: { format: 'es', plugins: () => [exceljsStreamShims()] },
  },
});
