import type { ListFilterDef } from '../records/ListFilterBar';
import { useRecordOptions } from '../records/useRecordOptions';

/**
 * The 捐赠 list's filters: 专项 for now (the donation's own `campaignId`, read off
 * `[campaignId+_dateKey]` where the table has it), so a campaign's 捐赠台账 can be exported.
 */
export function useDonationFilters(): ListFilterDef[] {
  const campaigns = useRecordOptions('campaign');
  return [{ field: 'campaignId', label: '专项', options: campaigns }];
}
