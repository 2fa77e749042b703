import { IconProvider } from '@ant-design/icons';
import { Button, Checkbox, Empty, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useFillHeight } from '../../app/useFillHeight';
import { readMemberNames } from '../../db/recordNames';
import type { TimelineEntry } from '../../db/timelineQueries';
import {
  monthGroupHeading,
  monthGroupLabel,
  monthGroupOf,
  neighbourYear,
  type TimelineSlot,
} from '../../domain/timelineLayout';
import { EmptyPage } from '../../shared/EmptyPage';
import { PageHeading } from '../../shared/PageHeading';
import { VirtualList, type ItemPlace, type VirtualListHandle } from '../../shared/VirtualList';
import { createValueStore, useStoreValue, type ValueStore } from '../../shared/valueStore';
import { ListFilterBar } from '../records/ListFilterBar';
import { MemberNamesContext } from './memberNames';
import { TimelineEntryItem } from './TimelineEntryItem';
import { useTimeline } from './useTimeline';
import { TIMELINE_PARAMS, useTimelineFilterDefs, useTimelineQuery } from './useTimelineFilters';
import './timeline.css';

/** A place of the list with what is known of it: a year heading, an entry, or one not read yet. */
type Item =
  | { type: 'year'; year: number; count: number | undefined }
  | {
      type: 'entry';
      year: number;
      n: number;
      entry: TimelineEntry | undefined;
      previous?: TimelineEntry;
    };

/*
 * Each kind of place has its own height (px; timeline.css draws them to it), so the list knows
 * where every place stands without measuring: an entry is one line, and one that opens a month
 * has its month's heading above it. Only the entry opened in place is measured.
 */
const YEAR_HEIGHT = 56;
const ENTRY_HEIGHT = 44;
const MONTH_HEIGHT = 36;

/** Whether an entry read opens its month (its month's heading is drawn above it). */
const opensMonth = (entry: TimelineEntry, previous: TimelineEntry | undefined): boolean =>
  !previous || monthGroupOf(previous.date) !== monthGroupOf(entry.date);

const yearHeadingId = (year: number) => `timeline-year-${year}`;

/** The year (and month) at the top of the list. */
/**
 * The year and month at the top of the list; `underHeading` while that year's own heading is the
 * top line, which then says the year itself (the label over it would repeat it).
 */
type Place = { year: number; month?: string; underHeading?: boolean } | null;
const samePlace = (a: Place, b: Place) =>
  a?.year === b?.year && a?.month === b?.month && a?.underHeading === b?.underHeading;

/*
 * Every icon mounted looks through the page's <style> elements for its own stylesheet; while the
 * list scrolls, dozens of lines mount a frame. The sidebar's icons have put that sheet in already.
 */
const ICONS_WITHOUT_STYLE_CHECK = { zeroRuntime: true };

/**
 * 时间轴: every activity and donation in date order, under year headings and month headings (是月
 * after the days of its month, 是年 after the months), filtered through the URL, a year a jump
 * away, each entry opened in place — a virtual list that reads a year when it comes on screen.
 */
export function TimelinePage() {
  const { filters, query, setQuery } = useTimelineQuery();
  const timeline = useTimeline(filters);
  // Read beside the entries, not before them: the lines show 委员 until the names are there.
  const memberNames = useLiveQuery(readMemberNames, []);
  const filtered = Object.keys(filters).length > 0;
  // Unfiltered, the timeline's own count gives the 年份 choices; filtered, they are counted apart.
  const defs = useTimelineFilterDefs(filtered ? null : timeline.years);
  // The entry open in place, under the filters it was opened with: other filters close it.
  const [opened, setOpened] = useState<{ filters: string; id: string } | null>(null);
  // Changes every few frames while the list scrolls: held apart, so the page is not drawn again.
  const [current] = useState(() => createValueStore<Place>(null, samePlace));
  const listRef = useRef<VirtualListHandle>(null);
  // The list ends at the bottom of the page's area, however many lines the toolbars above take.
  const [height, placeList] = useFillHeight(() => window.innerHeight - 260);

  const { layout, entriesOf } = timeline;
  const counts = useMemo(
    () => new Map((timeline.years ?? []).map(({ year, count }) => [year, count])),
    [timeline.years],
  );
  // A place's item is worked out when it is drawn or measured, never for the whole list at once:
  // a year read (two thousand entries) changes no other place.
  const itemOf = useCallback(
    (i: number): Item => {
      const slot: TimelineSlot = layout.slots[i]!;
      if (slot.type === 'year') return { ...slot, count: counts.get(slot.year) };
      const entries = entriesOf(slot.year);
      const previous = slot.n > 0 ? entries?.[slot.n - 1] : undefined;
      return { ...slot, entry: entries?.[slot.n], ...(previous ? { previous } : {}) };
    },
    [layout, counts, entriesOf],
  );
  const total = useMemo(
    () => (timeline.years ?? []).reduce((sum, { count }) => sum + count, 0),
    [timeline.years],
  );
  const years = useMemo(() => (timeline.years ?? []).map(({ year }) => year), [timeline.years]);

  const { show } = timeline;
  /** The year last jumped to (跳至年份, Alt+↑↓), until the list is scrolled away from it. */
  const jumpedTo = useRef<number | null>(null);
  const onVisibleChange = useCallback(
    (from: number, to: number) => {
      const visible: Item[] = [];
      for (let i = from; i <= to; i++) visible.push(itemOf(i));
      show(visible.map((item) => item.year));
      const first = visible.find((item) => item.type === 'entry') ?? visible[0];
      if (!first) return;
      // A year jumped to near the end cannot scroll up to the top: while the list stays at its
      // end with that year's heading in view, the year chosen is the place, not one above it.
      const jumped = jumpedTo.current;
      const atEnd = to >= layout.slots.length - 1;
      if (jumped !== null && atEnd && visible.some((i) => i.type === 'year' && i.year === jumped)) {
        current.set({ year: jumped });
        return;
      }
      jumpedTo.current = null;
      const month =
        first.type === 'entry' && first.entry
          ? monthGroupLabel(monthGroupOf(first.entry.date))
          : undefined;
      current.set({
        year: first.year,
        ...(month ? { month } : {}),
        ...(visible[0]?.type === 'year' ? { underHeading: true } : {}),
      });
    },
    [show, itemOf, current, layout],
  );
  // The first screen reads its years before any scrolling.
  useEffect(() => {
    const firstYears = layout.slots.slice(0, 40).map((slot) => slot.year);
    if (firstYears.length > 0) show(firstYears);
    // Only when the layout starts anew (other filters, or the first count).
  }, [layout, show]);

  // Other filters: back to the top.
  const filterKey = JSON.stringify(filters);
  const openId = opened?.filters === filterKey ? opened.id : null;
  useEffect(() => {
    jumpedTo.current = null;
    listRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  const jumpTo = useCallback(
    (year: number) => {
      const index = layout.yearStarts.get(year);
      if (index === undefined) return;
      jumpedTo.current = year;
      listRef.current?.scrollTo({ index });
      current.set({ year });
      // Keyboard focus follows, once the heading is drawn where the list scrolled to.
      let tries = 0;
      const focus = () => {
        const heading = document.getElementById(yearHeadingId(year));
        if (heading) heading.focus({ preventScroll: true });
        else if (tries++ < 20) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    },
    [layout, current],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    // From the year of the line or heading in focus, else of the top of the list.
    const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-year]');
    const from = focused ? Number(focused.dataset.year) : current.get()?.year;
    const next = neighbourYear(years, from, event.key === 'ArrowDown' ? 1 : -1);
    if (next === undefined) return;
    event.preventDefault();
    jumpTo(next);
  };

  const itemKey = useCallback(
    (i: number) => {
      const slot = layout.slots[i]!;
      if (slot.type === 'year') return `y${slot.year}`;
      return entriesOf(slot.year)?.[slot.n]?.id ?? `p${slot.year}:${slot.n}`;
    },
    [layout, entriesOf],
  );
  // Called for every place when anything is read: no object is made per place.
  const heightOf = useCallback(
    (i: number): number | 'auto' => {
      const slot = layout.slots[i]!;
      if (slot.type === 'year') return YEAR_HEIGHT;
      const entries = entriesOf(slot.year);
      const entry = entries?.[slot.n];
      if (!entry) return ENTRY_HEIGHT;
      if (entry.id === openId) return 'auto';
      const previous = slot.n > 0 ? entries[slot.n - 1] : undefined;
      return opensMonth(entry, previous) ? ENTRY_HEIGHT + MONTH_HEIGHT : ENTRY_HEIGHT;
    },
    [layout, entriesOf, openId],
  );
  const onToggle = useCallback(
    (id: string) => setOpened(openId === id ? null : { filters: filterKey, id }),
    [openId, filterKey],
  );

  if (timeline.loading) return null;
  if (timeline.empty && !filtered) {
    return (
      <EmptyPage
        title="时间轴"
        description="还没有履职活动或捐赠。录入的活动和捐赠将按日期排在这里，列入大事记的以大事记的句子显示。"
      />
    );
  }
  const setFilters = (values: Record<string, string>) => {
    const next: Record<string, string> = { ...query };
    for (const def of defs) delete next[def.field];
    setQuery({ ...next, ...values });
  };
  const selectValues: Record<string, string> = {};
  for (const def of defs) if (query[def.field]) selectValues[def.field] = query[def.field]!;

  return (
    <MemberNamesContext.Provider value={memberNames}>
      <section aria-labelledby="page-title" className="timeline-page">
        <div className="page-header">
          <PageHeading>时间轴</PageHeading>
        </div>
        <Space wrap style={{ marginBottom: 8 }}>
          <Checkbox
            checked={filters.chronicle === true}
            onChange={(event) => {
              const next = { ...query };
              if (event.target.checked) next[TIMELINE_PARAMS.chronicle] = '1';
              else delete next[TIMELINE_PARAMS.chronicle];
              setQuery(next);
            }}
          >
            只看大事记
          </Checkbox>
          <ListFilterBar defs={defs} values={selectValues} onChange={setFilters} />
        </Space>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
          <Space wrap>
            <JumpToYear current={current} years={years} onJump={jumpTo} />
            <Typography.Text type="secondary">Alt+↑ / Alt+↓ 上一年 / 下一年</Typography.Text>
          </Space>
          <Typography.Text type="secondary" role="status">
            {timeline.years === undefined
              ? '正在统计…'
              : filtered
                ? `筛选出 ${total} 条`
                : `共 ${total} 条`}
          </Typography.Text>
        </Space>
        {timeline.empty ? (
          <Empty description="没有符合筛选条件的条目">
            <Button onClick={() => setQuery({})}>清除筛选</Button>
          </Empty>
        ) : (
          <div className="timeline-list" onKeyDown={onKeyDown}>
            <CurrentPlace current={current} />
            <IconProvider value={ICONS_WITHOUT_STYLE_CHECK}>
              <div ref={placeList}>
                <VirtualList
                  handle={listRef}
                  count={layout.slots.length}
                  heightOf={heightOf}
                  itemKey={itemKey}
                  height={height}
                  label="时间轴条目"
                  onVisibleChange={onVisibleChange}
                  renderItem={(i, place) => {
                    const item = itemOf(i);
                    return (
                      <TimelineRow
                        item={item}
                        place={place}
                        open={item.type === 'entry' && item.entry?.id === openId}
                        onToggle={onToggle}
                      />
                    );
                  }}
                />
              </div>
            </IconProvider>
          </div>
        )}
      </section>
    </MemberNamesContext.Provider>
  );
}

/** 跳至年份: shows the year at the top of the list, and jumps to the one chosen. */
const JumpToYear = memo(function JumpToYear(props: {
  current: ValueStore<Place>;
  years: readonly number[];
  onJump: (year: number) => void;
}) {
  const year = useStoreValue(props.current)?.year;
  const options = useMemo(
    () => props.years.map((y) => ({ value: y, label: `${y}年` })),
    [props.years],
  );
  return (
    <Select
      aria-label="跳至年份"
      // Said on its face: beside the 年份 filter, a year alone read as a second filter.
      prefix="跳至"
      placeholder="年份"
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 140 }}
      value={year}
      disabled={props.years.length === 0}
      options={options}
      onChange={(y: number) => props.onJump(y)}
    />
  );
});

/** The year and month at the top of the list, over it. */
function CurrentPlace({ current }: { current: ValueStore<Place> }) {
  const place = useStoreValue(current);
  return (
    <div className="timeline-current" aria-hidden="true">
      {place && !place.underHeading
        ? `${place.year}年${place.month ? ` · ${place.month}` : ''}`
        : ''}
    </div>
  );
}

interface RowProps {
  item: Item;
  place: ItemPlace;
  open: boolean;
  onToggle: (id: string) => void;
}

/** Whether a row would draw the same: its place, and what is known of it, unchanged. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.item;
  const y = b.item;
  return (
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    a.place.style.top === b.place.style.top &&
    a.place.style.height === b.place.style.height &&
    a.place['data-virtual-key'] === b.place['data-virtual-key'] &&
    x.type === y.type &&
    x.year === y.year &&
    (x.type === 'year'
      ? y.type === 'year' && x.count === y.count
      : y.type === 'entry' && x.entry === y.entry && x.previous === y.previous)
  );
}

/** One place of the list; a place that did not change is not drawn again while scrolling. */
const TimelineRow = memo(function TimelineRow({ item, place, open, onToggle }: RowProps) {
  if (item.type === 'year') {
    return (
      <div role="listitem" className="timeline-year" data-year={item.year} {...place}>
        <h2 id={yearHeadingId(item.year)} tabIndex={-1}>
          {item.year}年
        </h2>
        {item.count === undefined ? null : (
          <span className="timeline-year-count">{item.count} 条</span>
        )}
      </div>
    );
  }
  const { entry, previous } = item;
  if (!entry) {
    return (
      <div
        role="listitem"
        aria-busy="true"
        className="timeline-entry timeline-placeholder"
        {...place}
      >
        {'\u00a0'}
      </div>
    );
  }
  const monthStart = opensMonth(entry, previous);
  return (
    <div
      role="listitem"
      className={open ? 'timeline-entry timeline-open' : 'timeline-entry'}
      data-year={item.year}
      {...place}
    >
      {monthStart ? (
        <h3 className="timeline-month">{monthGroupHeading(item.year, monthGroupOf(entry.date))}</h3>
      ) : null}
      <TimelineEntryItem
        entry={entry}
        previous={previous?.date}
        open={open}
        onToggle={() => onToggle(entry.id)}
      />
    </div>
  );
}, sameRow);
