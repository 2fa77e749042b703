import { createContext, useContext } from 'react';

/** Members' names by id for the timeline's lines (a gift is 黄家豪捐赠 …, not 委员捐赠 …). */
export const MemberNamesContext = createContext<ReadonlyMap<string, string> | undefined>(undefined);

/** The name of member `id`, once the names are read. */
export function useMemberName(): (id: string) => string | undefined {
  const names = useContext(MemberNamesContext);
  return (id) => names?.get(id);
}
