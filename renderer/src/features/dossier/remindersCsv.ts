import { DUTY_CATEGORIES, DUTY_CATEGORY_SHORT, type MemberYear } from '../../domain/points';

/** One line of the 履职提醒 list. */
export interface ReminderRow {
  name: string;
  category?: string | undefined;
  sector?: string | undefined;
  year: MemberYear;
  reasons: string[];
}

const HEADER = [
  '序号',
  '姓名',
  '类别',
  '界别',
  ...DUTY_CATEGORIES.map((c) => DUTY_CATEGORY_SHORT[c]),
  '请假',
  '缺席',
  '积分合计',
  '等次',
  '提醒事项',
];

/** The 履职提醒 list as CSV text (CRLF, every field quoted when it needs to be); no BOM. */
export function remindersCsv(rows: readonly ReminderRow[]): string {
  const lines = [HEADER];
  rows.forEach((row, i) => {
    lines.push([
      String(i + 1),
      row.name,
      row.category ?? '',
      row.sector ?? '',
      ...DUTY_CATEGORIES.map((c) => String(row.year.counts[c])),
      String(row.year.leaves),
      String(row.year.absences),
      String(row.year.total),
      row.year.grade,
      row.reasons.join('；'),
    ]);
  });
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading = + - @ would be read as a formula by Excel and WPS.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
