/// <reference lib="webworker" />
// 台账 and CSV exports, off the UI thread: the worker reads the database itself (Dexie works in
// workers) and writes the workbook with exceljs's streaming writer.
// The Node globals exceljs reads must exist before its modules load: this import comes first.
import './nodeShims/globals';
import { startSheetJobs } from './sheetJobs';
import type { SheetWorkerRequest } from './sheetProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = startSheetJobs((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent<SheetWorkerRequest>) => handle(event.data);
