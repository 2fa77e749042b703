import { STUDIO_TYPES, type Studio, type StudioType } from '../../domain/records';

/** One column of the “1+7+N” matrix: the studios of one type, by name. */
export interface MatrixColumn {
  type: StudioType;
  /** What the seed calls this part: 专委会工作室 (1), 界别工作室 (7), 委员特色工作室 (N). */
  studios: Studio[];
}

const byName = new Intl.Collator('zh-CN');

/**
 * The “1+7+N” matrix (专委会 + 界别 + 委员特色): live studios grouped by 类型, in that order, each
 * group sorted by name. A type with no studio still has its (empty) column.
 */
export function studioMatrix(studios: readonly Studio[]): MatrixColumn[] {
  const live = studios.filter((studio) => !studio.deletedAt);
  return STUDIO_TYPES.map((type) => ({
    type,
    studios: live
      .filter((studio) => studio.type === type)
      .sort((a, b) => byName.compare(a.name, b.name)),
  }));
}

/** The matrix as the committee counts it, e.g. 「1+4+2」. */
export function matrixFormula(columns: readonly MatrixColumn[]): string {
  return columns.map((column) => column.studios.length).join('+');
}
