import {
  Fragment,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from 'react';
import { itemAt, itemStarts } from './virtualOffsets';

/** What the outer element of an item carries: where it stands, and whether it is measured. */
export interface ItemPlace {
  style: CSSProperties;
  'data-virtual-key'?: string;
}

export interface VirtualListHandle {
  /** Scrolls so that item `index` is at the top, or to `top` px. */
  scrollTo: (to: { index: number } | { top: number }) => void;
}

interface Props {
  count: number;
  /** The item's height in px, known without drawing it; 'auto' for one measured once drawn. */
  heightOf: (index: number) => number | 'auto';
  itemKey: (index: number) => string;
  /** Draws item `index`; its outer element takes `place` (its position, and a mark if 'auto'). */
  renderItem: (index: number, place: ItemPlace) => ReactNode;
  /** How tall the list's window is (px). */
  height: number;
  label: string;
  className?: string;
  /** The items on screen changed: `from`…`to` (inclusive), without the ones drawn beyond. */
  onVisibleChange?: (from: number, to: number) => void;
  handle?: Ref<VirtualListHandle>;
}

/** Drawn beyond each edge of the window (px), so that a quick scroll shows no blank. */
const OVERSCAN_PX = 400;
/** What an 'auto' item is taken to be until it is measured. */
const AUTO_ESTIMATE = 200;

/**
 * A list (role="list") that draws only the items on screen. Item heights are known by their kind
 * (arithmetic, no measuring), except the few marked 'auto' (an entry opened in place), measured
 * once drawn. When items above the window change height, the item at the top stays put.
 */
export function VirtualList({
  count,
  heightOf,
  itemKey,
  renderItem,
  height,
  label,
  className,
  onVisibleChange,
  handle,
}: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState<ReadonlyMap<string, number>>(new Map());
  const starts = useMemo(
    () =>
      itemStarts(count, (i) => {
        const h = heightOf(i);
        return h === 'auto' ? (measured.get(itemKey(i)) ?? AUTO_ESTIMATE) : h;
      }),
    [count, heightOf, itemKey, measured],
  );

  // Keep the item at the top of the window where it is when heights above it change.
  const anchor = useRef<{ key: string; offset: number } | null>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    const kept = anchor.current;
    if (!element || !kept) return;
    // The anchor is near the top still: only what is above it can have moved it.
    const near = itemAt(starts, element.scrollTop);
    for (let i = Math.max(0, near - 50); i < Math.min(count, near + 50); i++) {
      if (itemKey(i) === kept.key) {
        const top = starts[i]! + kept.offset;
        if (Math.abs(element.scrollTop - top) >= 1) {
          element.scrollTop = top;
          setScrollTop(top);
        }
        break;
      }
    }
  }, [starts, count, itemKey]);

  const first = itemAt(starts, scrollTop);
  const last = itemAt(starts, scrollTop + height - 1);
  useLayoutEffect(() => {
    anchor.current = count > 0 ? { key: itemKey(first), offset: scrollTop - starts[first]! } : null;
  });
  useEffect(() => {
    if (count > 0) onVisibleChange?.(first, last);
  }, [first, last, count, onVisibleChange]);

  useImperativeHandle(
    handle,
    () => ({
      scrollTo: (to) => {
        const top = 'index' in to ? (starts[Math.min(to.index, count)] ?? 0) : to.top;
        anchor.current = null;
        if (holder.current) holder.current.scrollTop = top;
        setScrollTop(top);
      },
    }),
    [starts, count],
  );

  // The 'auto' items drawn tell their height as it changes.
  const observer = useRef<ResizeObserver | null>(null);
  const observed = useRef(new Set<Element>());
  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      setMeasured((was) => {
        let next: Map<string, number> | null = null;
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const key = element.dataset.virtualKey;
          const h = element.offsetHeight;
          if (!key || !element.isConnected || was.get(key) === h) continue;
          next ??= new Map(was);
          next.set(key, h);
        }
        return next ?? was;
      });
    });
    return () => observer.current?.disconnect();
  }, []);
  useLayoutEffect(() => {
    const watching = observer.current;
    if (!watching || !holder.current) return;
    const now = new Set(holder.current.querySelectorAll('[data-virtual-key]'));
    for (const element of observed.current) if (!now.has(element)) watching.unobserve(element);
    for (const element of now) if (!observed.current.has(element)) watching.observe(element);
    observed.current = now;
  });

  const from = itemAt(starts, Math.max(0, scrollTop - OVERSCAN_PX));
  const to = count === 0 ? -1 : itemAt(starts, scrollTop + height + OVERSCAN_PX);
  const drawn: ReactNode[] = [];
  for (let i = from; i <= to; i++) {
    const h = heightOf(i);
    const key = itemKey(i);
    const style: CSSProperties = {
      position: 'absolute',
      left: 0,
      right: 0,
      top: starts[i],
      ...(h === 'auto' ? {} : { height: h }),
    };
    drawn.push(
      <Fragment key={key}>
        {renderItem(i, h === 'auto' ? { style, 'data-virtual-key': key } : { style })}
      </Fragment>,
    );
  }

  return (
    <div
      ref={holder}
      className={`virtual-list ${className ?? ''}`}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div
        role="list"
        aria-label={label}
        style={{ position: 'relative', height: starts[count] ?? 0 }}
      >
        {drawn}
      </div>
    </div>
  );
}
