import Dexie, { type ObservabilitySet } from 'dexie';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  countListed,
  cursorAt,
  positionInList,
  readRecordPage,
  type ListQuery,
} from '../../db/recordPages';
import { kindsListed } from '../../db/listFilterFields';
import { TABLE_OF_KIND } from '../../db/tableNames';
import type { AnyRecord, RecordKind } from '../../domain/records';
import { FIRST_ROWS, KeysetWindow, PAGE_SIZE } from './keysetWindow';

export interface KeysetList {
  /** Every place of the list, undefined where not read yet; undefined until the first rows. */
  rows: readonly (AnyRecord | undefined)[] | undefined;
  total: number;
  /** Where the selected record stands; null when the list does not hold it. */
  selectedAt: number | null;
  /** Rows `from`…`to` are on screen: read them (and a page beyond) if not yet read. */
  want: (from: number, to: number) => void;
}

/**
 * A list read in keyset pages as it is scrolled, kept live: any write to the kind's table reads
 * the rows on screen again, and the rows shown stay until the new ones are there.
 */
export function useKeysetList(query: ListQuery, selectedId: string | undefined): KeysetList {
  const queryKey = JSON.stringify(query);
  const generation = useTablesGeneration(kindsListed(query.kind, query.filters).join(','));
  const [state, setState] = useState<{ window: KeysetWindow; selectedAt: number | null } | null>(
    null,
  );
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const wanted = useRef({ from: 0, to: FIRST_ROWS - 1 });
  const shown = useRef<KeysetWindow | null>(null);
  const readFor = useRef(queryKey);
  // Reads that land within one frame re-render the table once.
  const frame = useRef<number | null>(null);
  const rerenderOncePerFrame = useCallback(() => {
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      rerender();
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    let built: KeysetWindow | null = null;
    let adopted = false;
    const parsed = JSON.parse(queryKey) as ListQuery;
    // Another order or filter starts at the top; a write reads again the rows on screen.
    if (readFor.current !== queryKey) {
      readFor.current = queryKey;
      wanted.current = { from: 0, to: FIRST_ROWS - 1 };
    }
    const adopt = (window: KeysetWindow, selectedAt: number | null) => {
      if (adopted || cancelled) return;
      adopted = true;
      shown.current?.close();
      shown.current = window;
      setState({ window, selectedAt });
    };
    void (async () => {
      // From the top, the first rows are read while the list is counted: one wait, not two.
      const { from, to } = wanted.current;
      const [total, firstRows] = await Promise.all([
        countListed(parsed),
        !selectedId && from === 0
          ? readRecordPage(parsed, null, Math.min(PAGE_SIZE, to + 1))
          : null,
      ]);
      const at = selectedId ? await positionInList(parsed, selectedId) : null;
      const anchor = selectedId && at !== null ? await cursorAt(parsed, selectedId) : null;
      if (cancelled) return;
      const window: KeysetWindow = new KeysetWindow(parsed, total, () => {
        if (adopted) rerenderOncePerFrame();
        else if (window.settled) adopt(window, at);
      });
      built = window;
      if (firstRows) window.seed(firstRows);
      if (at !== null && anchor) {
        window.placeAnchor(at, anchor);
        wanted.current = { from: Math.max(0, at - FIRST_ROWS), to: at + FIRST_ROWS };
      }
      window.want(wanted.current.from, wanted.current.to);
      if (window.settled) adopt(window, at);
    })();
    return () => {
      cancelled = true;
      if (built && built !== shown.current) built.close();
    };
  }, [queryKey, generation, selectedId, rerenderOncePerFrame]);

  useEffect(
    () => () => {
      shown.current?.close();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const want = useCallback((from: number, to: number) => {
    wanted.current = { from, to: to + PAGE_SIZE };
    shown.current?.want(from, to + PAGE_SIZE);
  }, []);

  return {
    rows: state?.window.snapshot,
    total: state?.window.total ?? 0,
    selectedAt: state?.selectedAt ?? null,
    want,
  };
}

/**
 * A number that grows whenever a transaction writes to the table of one of `kinds` (a
 * comma-separated list of record kinds), here or elsewhere.
 */
function useTablesGeneration(kinds: string): number {
  const [generation, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const parts = kinds.split(',').map((kind) => `/${TABLE_OF_KIND[kind as RecordKind]}/`);
    const listener = (changed: ObservabilitySet) => {
      if (Object.keys(changed).some((key) => parts.some((part) => key.includes(part)))) bump();
    };
    Dexie.on('storagemutated', listener);
    return () => Dexie.on.storagemutated.unsubscribe(listener);
  }, [kinds]);
  return generation;
}
