import type { ValidationIssue } from '../../domain/records';

/** The record was refused; nothing was written. `issues` name each field in Chinese. */
export class RecordValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => issue.message).join('；'));
    this.name = 'RecordValidationError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(kindLabel: string) {
    super(`找不到这条${kindLabel}记录，可能已被删除`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * Someone (an import, another window, an undo) saved the record after this form loaded it.
 * `current` is the record as it stands now, for the conflict dialog.
 */
export class StaleRecordError extends Error {
  constructor(
    kindLabel: string,
    readonly current: Record<string, unknown>,
  ) {
    super(`这条${kindLabel}记录已在别处修改过，没有保存`);
    this.name = 'StaleRecordError';
  }
}

/** An import brought a record whose id is already in the database; nothing was written. */
export class DuplicateRecordError extends Error {
  constructor(kindLabel: string, row: number) {
    super(`第${row}条${kindLabel}记录与已有记录的编号相同，整批未导入`);
    this.name = 'DuplicateRecordError';
  }
}
