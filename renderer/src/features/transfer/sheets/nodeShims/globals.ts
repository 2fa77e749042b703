// The Node globals exceljs's streaming writer reads (Buffer, process.nextTick), for the sheet
// worker only. Imported before exceljs so that they exist when its modules load.
import { Buffer } from 'buffer/';

const scope = globalThis as unknown as { Buffer?: unknown; process?: unknown };
scope.Buffer ??= Buffer;
scope.process ??= {
  browser: true,
  env: {},
  version: '',
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
    queueMicrotask(() => callback(...args)),
};
