import { beforeEach, describe, expect, it } from 'vitest';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { readCampaignWithDonations } from '../../../../../renderer/src/features/campaigns/campaignQueries';
import { freshDatabase } from '../../db/freshDatabase';

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

const cash = (note: string, campaignId: string | undefined, month: number) => ({
  kind: '资金' as const,
  donors: [{ type: '其他' as const, name: '海外侨胞', group: true }],
  amount: { amountMinor: 100_00, currency: 'CNY' as const },
  date: { year: 2020, month },
  note,
  ...(campaignId ? { campaignId } : {}),
});

describe('a 专项 read with its donations', () => {
  it('gives the 专项 and its live donations, oldest first, and no other 专项’s', async () => {
    const epidemic = await createRecord('campaign', { name: '疫情防控' });
    const village = await createRecord('campaign', { name: '青竹村帮扶' });
    await createRecord('donation', cash('三月', epidemic.id, 3));
    await createRecord('donation', cash('二月', epidemic.id, 2));
    await createRecord('donation', cash('青竹村', village.id, 1));
    await createRecord('donation', cash('无专项', undefined, 1));
    const gone = await createRecord('donation', cash('已删', epidemic.id, 4));
    await deleteRecord('donation', gone.id, gone.rev);

    const read = await readCampaignWithDonations(epidemic.id);
    expect(read.campaign?.name).toBe('疫情防控');
    expect(read.donations.map((d) => d.note)).toEqual(['二月', '三月']);
  });

  it('gives no 专项 and no donations for an id that names none', async () => {
    expect(await readCampaignWithDonations('no-such-campaign')).toEqual({
      campaign: null,
      donations: [],
    });
  });
});
