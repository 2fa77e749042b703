import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readAllListed, type ListQuery } from '../../db/recordPages';
import type { AnyRecord } from '../../domain/records';

/** The rows chosen in a list, for a bulk action. */
export interface ListSelection {
  /**
   * The chosen records, each as it was read when it was chosen: a bulk change saves against
   * that revision, so a record changed since is reported instead of overwritten.
   */
  records: readonly AnyRecord[];
  /** Forgets the choice (after the bulk action is done). */
  clear: () => void;
}

export interface ListSelectionState extends ListSelection {
  has: (id: string) => boolean;
  toggle: (record: AnyRecord) => void;
  /** Chooses every record the list holds under its filters, read off the list's index path. */
  chooseAll: () => Promise<void>;
}

/** A list's chosen rows; another filter or order forgets them. */
export function useListSelection(query: ListQuery): ListSelectionState {
  const queryKey = JSON.stringify(query);
  const [chosen, setChosen] = useState<ReadonlyMap<string, AnyRecord>>(() => new Map());
  const readFor = useRef(queryKey);
  useEffect(() => {
    if (readFor.current === queryKey) return;
    readFor.current = queryKey;
    setChosen(new Map());
  }, [queryKey]);

  const toggle = useCallback((record: AnyRecord) => {
    setChosen((now) => {
      const next = new Map(now);
      if (next.has(record.id)) next.delete(record.id);
      else next.set(record.id, record);
      return next;
    });
  }, []);
  const clear = useCallback(() => setChosen(new Map()), []);
  const chooseAll = useCallback(async () => {
    const all = await readAllListed(JSON.parse(queryKey) as ListQuery);
    // The list may have moved to another filter while the records were read.
    if (readFor.current !== queryKey) return;
    setChosen(new Map(all.map((record) => [record.id, record])));
  }, [queryKey]);
  const records = useMemo(() => [...chosen.values()], [chosen]);
  return { records, clear, toggle, chooseAll, has: (id) => chosen.has(id) };
}
