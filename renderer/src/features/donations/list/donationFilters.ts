import { outsideDonorNames } from '../../../db/donorNames';
import { NO_CAMPAIGN, OUTSIDE_DONOR } from '../../../db/listFilterFields';
import { CURRENCY_CODES, currencyLabel } from '../../../domain/currencies';
import { DONATION_KINDS, DONATION_PURPOSES, GOODS_STAGES } from '../../../domain/records/enums';
import type { ListFilterDef } from '../../records/ListFilterBar';
import { readRecordOptions, readYearOptions } from '../../records/recordOptions';

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** 捐赠方: every member, then every outside donor by name. */
async function donorOptions() {
  const [members, outside] = await Promise.all([readRecordOptions('member'), outsideDonorNames()]);
  return [
    ...members,
    ...outside.map((name) => ({ value: `${OUTSIDE_DONOR}${name}`, label: name })),
  ];
}

/**
 * The 捐赠 list's filters: 专项, 捐赠方, 年份, 币种, 类型 (资金 · 物资), 用途, 物资状态, 票据号. Their
 * keys are those db/listFilterFields.ts reads (`year`, `donor`, `currency`, `stage`, `receipt`)
 * or the donation's own fields (`campaignId`, `kind`, `purpose`); their values live in the URL.
 * The choices read from the database are read once the list's first rows are drawn.
 */
export const DONATION_FILTERS: readonly ListFilterDef[] = [
  {
    field: 'campaignId',
    label: '专项',
    options: undefined,
    load: async () => [
      ...(await readRecordOptions('campaign')),
      { value: NO_CAMPAIGN, label: '未归专项' },
    ],
  },
  { field: 'donor', label: '捐赠方', options: undefined, load: donorOptions, people: true },
  {
    field: 'year',
    label: '年份',
    options: undefined,
    load: () => readYearOptions('donation'),
  },
  {
    field: 'currency',
    label: '币种',
    options: CURRENCY_CODES.map((code) => ({ value: code, label: currencyLabel(code) })),
  },
  { field: 'kind', label: '类型', options: choices(DONATION_KINDS) },
  { field: 'purpose', label: '用途', options: choices(DONATION_PURPOSES) },
  { field: 'stage', label: '物资状态', options: choices(GOODS_STAGES) },
  { field: 'receipt', label: '票据号', options: choices(['已填', '未填']) },
];
