import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import { defaultOrder } from '../../../../../renderer/src/db/recordPages';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import { startSheetJobs } from '../../../../../renderer/src/features/transfer/sheets/sheetJobs';
import type {
  SheetExportRequest,
  SheetWorkerResponse,
} from '../../../../../renderer/src/features/transfer/sheets/sheetProtocol';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const REQUEST: SheetExportRequest = {
  format: 'xlsx',
  lists: [{ kind: 'member', order: defaultOrder('member'), filters: {} }],
  unitName: '省政协港澳台侨和外事委员会',
  operator: '王小明',
  date: '2026年11月29日',
  moneyUnit: '元',
  showPersonal: false,
  includeConfidential: false,
};

/** Runs one job in the worker's code and collects what it posts until it is over. */
function runJob(cancelAt?: 'start'): Promise<SheetWorkerResponse[]> {
  return new Promise((resolve) => {
    const posted: SheetWorkerResponse[] = [];
    const handle = startSheetJobs((message) => {
      posted.push(message);
      if (message.type !== 'progress') resolve(posted);
    });
    handle({ type: 'export', jobId: 7, request: REQUEST });
    if (cancelAt === 'start') handle({ type: 'cancel', jobId: 7 });
  });
}

describe('the sheet worker', () => {
  beforeEach(async () => {
    for (const name of ['张国华', '陈美玲', '梁永康']) await createRecord('member', { name });
  });

  it('reports progress up to every row, then the workbook', async () => {
    const posted = await runJob();
    const last = posted[posted.length - 1]!;
    expect(last.type).toBe('done');
    const progress = posted.flatMap((m) => (m.type === 'progress' ? [m.progress] : []));
    expect(progress[progress.length - 1]).toEqual({ written: 3, total: 3 });
    if (last.type === 'done') expect(last.result.rows).toBe(3);
  });

  it('stops at 取消 and says it was cancelled, not that it failed', async () => {
    const posted = await runJob('start');
    expect(posted[posted.length - 1]).toEqual({
      type: 'failed',
      jobId: 7,
      cancelled: true,
      message: '导出已取消',
    });
  });
});
