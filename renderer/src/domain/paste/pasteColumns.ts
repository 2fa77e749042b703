import { isValidEmail, isValidPhone } from '../records';
import { toHalfWidth } from '../toHalfWidth';
import { readCell } from './cellReaders';
import { type PasteField } from './pasteFields';

/**
 * Other headings offices give a field, by the field's label — English ones too, as a sheet from
 * another system or an overseas office heads them (Name, Phone): a row of headings none of which
 * is known would be taken for a row of data. A label missing from the schema
 * (a field not there yet) is simply never matched.
 */
const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  姓名: ['名字', '委员姓名', '委员', 'Name', 'Full name'],
  其他写法: ['繁体姓名', '繁体名', '英文名', '英文姓名', '别名', '曾用名', '其他姓名'],
  类别: ['委员类别'],
  党派: ['政治面貌', '所属党派'],
  出生年月: ['出生日期', '出生年月日', '生日', 'Date of birth', 'Birthday', 'Birth'],
  学历: ['文化程度', '最高学历'],
  界别: ['所属界别'],
  届次: ['届别'],
  所在地: ['所在地区', '地区', '常住地', 'City', 'Region'],
  工作单位及职务: [
    '单位及职务',
    '工作单位',
    '单位',
    '职务',
    '单位职务',
    '工作单位职务',
    'Organization',
    'Company',
    'Position',
  ],
  专长领域: ['专长', '专业特长', '擅长领域'],
  联系电话: [
    '手机',
    '电话',
    '手机号',
    '手机号码',
    '电话号码',
    '联系方式',
    '移动电话',
    'Phone',
    'Tel',
    'Telephone',
    'Mobile',
  ],
  电子邮箱: ['邮箱', '电子邮件', '邮件', 'email', 'e-mail'],
  所属工作室: ['工作室', '委员工作室'],
  状态: ['任职状态'],
  活动名称: ['名称', '活动', '活动主题', '主题', '事项', '标题', '会议名称', 'Title', 'Event'],
  活动类型: ['类型', '类别', '活动类别', '形式类别'],
  开始日期: [
    '日期',
    '时间',
    '活动日期',
    '活动时间',
    '起始日期',
    '开始时间',
    '起止日期',
    '起止时间',
  ],
  结束日期: ['截止日期', '结束时间', '终止日期'],
  地点: ['活动地点', '地址', '会议地点', 'Place', 'Venue', 'Location'],
  主办单位: ['主办', '组织单位', '承办单位'],
  出席领导: ['领导', '出席领导同志'],
  参加委员: ['参加人员', '参会委员', '出席委员', '参与委员', '参加人', '委员', '委员名单'],
  所属专项: ['专项', '专项活动', '专项名称'],
  活动概述: ['概述', '内容', '活动内容', '简介', '摘要', '主要内容'],
  列入大事记: ['大事记', '是否列入大事记'],
  捐赠方: [
    '捐赠人',
    '捐赠者',
    '捐款人',
    '捐赠单位',
    '捐赠委员',
    '捐赠人姓名',
    '捐赠人（单位）',
    'Donor',
  ],
  捐赠类型: ['类型', '捐赠方式', '款物类型'],
  金额: ['捐赠金额', '捐款金额', '数额', '金额数', 'Amount'],
  币种: ['货币', '币别', '货币种类', 'Currency'],
  折合人民币: ['人民币金额', '折人民币', '折合金额'],
  捐赠日期: ['日期', '时间', '捐款日期', '捐赠时间', '到账日期'],
  受赠方: ['受赠单位', '接收单位', '受助方', '受赠人', '受捐单位'],
  开票单位: ['收据开具单位', '出具票据单位'],
  用途: ['捐赠用途', '款物用途', 'Purpose'],
  票据号: ['票据号码', '收据号', '收据编号', '票据编号'],
  捐赠证书号: ['证书号', '证书编号'],
  致谢情况: ['致谢'],
  保密: ['是否保密', '匿名'],
};

/** A heading as a saved mapping remembers it. */
export function headingKey(cell: string): string {
  return normaliseHeading(cell);
}

/** What the user chose for each heading last time, by headingKey: a field, or null (不导入). */
export type SavedMapping = Readonly<Record<string, string | null>>;

/**
 * The mapping proposed for a sheet with a heading row, with the user's earlier choices for the
 * same headings put first: a field still chosen for one column only.
 */
export function applySavedMapping(
  proposed: ColumnMapping,
  heading: readonly string[],
  saved: SavedMapping,
  fields: readonly PasteField[],
): ColumnMapping {
  const known = new Set(fields.map((field) => field.key));
  const mapping = [...proposed];
  heading.forEach((cell, column) => {
    const choice = saved[headingKey(cell)];
    if (choice === undefined || (choice !== null && !known.has(choice))) return;
    if (choice !== null) {
      mapping.forEach((key, other) => {
        if (key === choice) mapping[other] = null;
      });
    }
    mapping[column] = choice;
  });
  return mapping;
}

/** The choices of a mapping by heading, to be saved for the next import. */
export function mappingToSave(mapping: ColumnMapping, heading: readonly string[]): SavedMapping {
  const saved: Record<string, string | null> = {};
  heading.forEach((cell, column) => {
    const key = headingKey(cell);
    if (key !== '') saved[key] = mapping[column] ?? null;
  });
  return saved;
}

/** Headings of columns that hold no field (a row number). */
const SKIPPED_HEADERS = new Set(['序号', '编号', 'no', 'no.', '#']);

/** A heading as compared: no spaces, notes in brackets or required marks, half-width, lower case. */
function normaliseHeading(cell: string): string {
  return toHalfWidth(cell)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

/**
 * The field a heading names: its key, null for a heading of a column to leave out (序号), or
 * undefined when it is not a heading we know.
 */
export function fieldOfHeading(
  cell: string,
  fields: readonly PasteField[],
): string | null | undefined {
  const heading = normaliseHeading(cell);
  if (heading === '') return undefined;
  if (SKIPPED_HEADERS.has(heading)) return null;
  const field = fields.find(
    ({ label }) =>
      normaliseHeading(label) === heading ||
      (HEADER_SYNONYMS[label] ?? []).some((synonym) => normaliseHeading(synonym) === heading),
  );
  return field?.key;
}

/**
 * Whether the first row is a heading row: at least half of its filled cells, and at least one,
 * name a field (or 序号).
 */
export function isHeaderRow(row: readonly string[], fields: readonly PasteField[]): boolean {
  const filled = row.filter((cell) => cell.trim() !== '');
  const named = filled.filter((cell) => fieldOfHeading(cell, fields) !== undefined).length;
  return named > 0 && named * 2 >= filled.length;
}

/** Which field each pasted column fills; null leaves the column out (不导入). */
export type ColumnMapping = (string | null)[];

/**
 * Proposes a field for every column: by its heading when there is one, otherwise by what its
 * cells hold (addresses, phone numbers, a vocabulary, dates, the first short text as 姓名). A
 * field is proposed for one column only.
 */
export function proposeMapping(
  rows: readonly (readonly string[])[],
  hasHeader: boolean,
  fields: readonly PasteField[],
): ColumnMapping {
  const width = rows[0]?.length ?? 0;
  const data = hasHeader ? rows.slice(1) : rows;
  const used = new Set<string>();
  const mapping: ColumnMapping = Array<string | null>(width).fill(null);
  const undecided: number[] = [];
  for (let column = 0; column < width; column++) {
    const key = hasHeader ? fieldOfHeading(rows[0]?.[column] ?? '', fields) : undefined;
    if (key === undefined) {
      undecided.push(column);
    } else if (key !== null && !used.has(key)) {
      mapping[column] = key;
      used.add(key);
    }
  }
  for (const column of undecided) {
    const cells = data.map((row) => row[column]?.trim() ?? '').filter((cell) => cell !== '');
    const key = guessField(cells, fields, used);
    if (key !== null) {
      mapping[column] = key;
      used.add(key);
    }
  }
  return mapping;
}

/** The field a column's cells look like, among those not taken yet. */
function guessField(
  cells: readonly string[],
  fields: readonly PasteField[],
  used: ReadonlySet<string>,
): string | null {
  if (cells.length === 0 || isRowNumbers(cells)) return null;
  const free = fields.filter((field) => !used.has(field.key));
  const has = (key: string) => free.some((field) => field.key === key);
  if (has('email') && cells.every(isValidEmail)) return 'email';
  if (has('phone') && cells.every(isValidPhone)) return 'phone';
  const fits = free.find(
    (field) =>
      ['enum', 'boolean', 'date'].includes(field.reading.type) &&
      cells.every((cell) => !('error' in readCell(cell, field.reading))),
  );
  if (fits) return fits.key;
  if (has('name') && cells.every((cell) => cell.length <= 20 && !/\d/.test(cell))) return 'name';
  return null;
}

/** 1, 2, 3 … down the column: a 序号 column. */
function isRowNumbers(cells: readonly string[]): boolean {
  return cells.every((cell, index) => cell === String(index + 1));
}
