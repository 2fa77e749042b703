import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { liveMemberNames, liveStudioNames } from '../../../db/queries';
import { readRateTable } from '../../../db/rateTable';
import { liveCampaignNames } from '../../../db/sheetImportData';
import { foldName, memberIdsByName } from '../../../domain/paste/cellReaders';
import { type KnownMember } from '../../../domain/paste/likelyDuplicates';
import { type RowContext } from '../../../domain/paste/pastedRecords';
import { rateOn } from '../../../domain/money';

/** What reading imported rows needs from the database, read live. */
export interface ImportContext {
  context: RowContext;
  /** The members, for 重名 of a pasted member. */
  members: readonly KnownMember[];
  /** False until everything above has been read. */
  ready: boolean;
}

/**
 * The records imported rows are matched against: members by every name they go by (for
 * 参加委员 and 捐赠方), studios and 专项 by name, and the 汇率 table.
 */
export function useImportContext(): ImportContext {
  const members = useLiveQuery(liveMemberNames);
  const studios = useLiveQuery(liveStudioNames);
  const campaigns = useLiveQuery(liveCampaignNames);
  const rates = useLiveQuery(readRateTable);
  const context = useMemo<RowContext>(() => {
    return {
      memberIds: memberIdsByName(members ?? []),
      refIds: new Map((studios ?? []).map((studio) => [foldName(studio.name), studio.id])),
      campaignIds: new Map((campaigns ?? []).map((c) => [foldName(c.name), c.id])),
      rateOn: (currency, day) => rateOn(rates ?? [], currency, day),
    };
  }, [members, studios, campaigns, rates]);
  return {
    context,
    members: members ?? [],
    ready: [members, studios, campaigns, rates].every((read) => read !== undefined),
  };
}
