import { useLiveQuery } from 'dexie-react-hooks';
import { useAfterFirstScreen } from '../../../app/useAfterFirstScreen';
import { outsideDonorNames } from '../../../db/donorNames';
import { OUTSIDE_DONOR } from '../../../db/listFilterFields';
import { recordYears } from '../../../db/queries';
import { CURRENCY_CODES } from '../../../domain/currencies';
import { DONATION_KINDS, DONATION_PURPOSES, GOODS_STAGES } from '../../../domain/records/enums';
import { currencyLabel } from '../../../domain/rates/rateRows';
import type { ListFilterDef } from '../../records/ListFilterBar';
import { useRecordOptions } from '../../records/useRecordOptions';

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * The 捐赠 list's filters: 专项, 捐赠方, 年份, 币种, 类型 (资金 · 物资), 用途, 物资状态, 票据号. Their
 * keys are those db/listFilterFields.ts reads (`year`, `donor`, `currency`, `stage`, `receipt`)
 * or the donation's own fields (`campaignId`, `kind`, `purpose`); their values live in the URL.
 */
export function useDonationFilters(): ListFilterDef[] {
  const ready = useAfterFirstScreen();
  const years = useLiveQuery(() => recordYears('donation'), []);
  const campaigns = useRecordOptions('campaign');
  const members = useRecordOptions('member');
  const outside = useLiveQuery(async () => (ready ? outsideDonorNames() : undefined), [ready]);
  const donors =
    members && outside
      ? [...members, ...outside.map((name) => ({ value: `${OUTSIDE_DONOR}${name}`, label: name }))]
      : undefined;
  return [
    { field: 'campaignId', label: '专项', options: campaigns },
    { field: 'donor', label: '捐赠方', options: donors, people: true },
    {
      field: 'year',
      label: '年份',
      options: years?.map((y) => ({ value: String(y), label: `${y}年` })),
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
}
