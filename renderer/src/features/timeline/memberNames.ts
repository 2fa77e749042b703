import { createContext, useContext } from 'react';
import type { MemberNaming } from '../../db/recordNames';

/**
 * Members' names by id for the timeline's lines (a gift is 黄家豪捐赠 …, not 委员捐赠 …; a 保密
 * gift's 大事记 line leaves them out).
 */
export const MemberNamesContext = createContext<ReadonlyMap<string, MemberNaming> | undefined>(
  undefined,
);

/** The name of member `id`, once the names are read. */
export function useMemberName(): (id: string) => string | undefined {
  const names = useContext(MemberNamesContext);
  return (id) => names?.get(id)?.shown;
}

/** Each way member `id`'s name is written (姓名, 其他写法); undefined until the names are read. */
export function useMemberWrittenNames(): ((id: string) => readonly string[]) | undefined {
  const names = useContext(MemberNamesContext);
  return names ? (id) => names.get(id)?.written ?? [] : undefined;
}
