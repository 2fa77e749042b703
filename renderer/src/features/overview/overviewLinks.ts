import { hrefOf, hrefWithQuery } from '../../app/routes';

/**
 * Where each figure of 总览 leads: the list filtered to exactly the records it counts (the keys
 * are those of db/listFilterFields.ts and the lists' filters).
 */
export const overviewLinks = {
  activities: (year: number, filters: Readonly<Record<string, string>> = {}) =>
    hrefWithQuery('activities', [], { year: String(year), ...filters }),
  donations: (year: number, filters: Readonly<Record<string, string>> = {}) =>
    hrefWithQuery('donations', [], { year: String(year), ...filters }),
  /** The members listed in an activity of the year (参加过活动的委员). */
  membersTakingPart: (year: number) => hrefWithQuery('members', [], { activityYear: String(year) }),
  reminders: (year: number) => hrefWithQuery('members', ['reminders'], { year: String(year) }),
  goodsBoard: () => hrefOf('donations', 'pipeline'),
  donation: (id: string) => hrefOf('donations', id, 'edit'),
};
