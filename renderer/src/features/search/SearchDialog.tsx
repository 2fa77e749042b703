import { Empty, Input, Modal, Typography, type InputRef } from 'antd';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { groupHits, highlightSegments, type SearchHit } from '../../domain/search';
import { search } from './searchClient';

interface Props {
  open: boolean;
  onClose: () => void;
  onPick: (hit: SearchHit) => void;
}

/** Ctrl+K: one box for every record, results grouped by type with the match marked. */
export function SearchDialog({ open, onClose, onPick }: Props) {
  const [query, setQuery] = useState('');
  // Results remember their query, so an emptied box shows nothing without resetting state.
  const [result, setResult] = useState<{ query: string; hits: SearchHit[]; error?: string }>({
    query: '',
    hits: [],
  });
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  const listId = useId();
  // By record, so that a new answer whose first hit is another record is announced anew.
  const optionId = (hit: SearchHit) => `${listId}-${hit.id}`;

  useEffect(() => {
    if (!open) return;
    const text = query.trim();
    if (!text) return;
    let current = true;
    search(text, 40).then(
      (found) => {
        if (!current) return;
        setResult({ query: text, hits: found.hits });
        setActive(0);
      },
      (error: unknown) => {
        if (!current) return;
        setResult({
          query: text,
          hits: [],
          error: `搜索出错：${error instanceof Error ? error.message : String(error)}。请到“设置”重建搜索索引后再试。`,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [query, open]);

  const text = query.trim();
  // While the next answer is on its way the last one stays on screen (no flicker), but Enter
  // only opens a hit that answers what is in the box now.
  const current = text !== '' && result.query === text;
  const groups = useMemo(() => groupHits(text ? result.hits : []), [text, result]);
  const ordered = useMemo(() => groups.flatMap((group) => group.hits), [groups]);

  const activeHit = current ? ordered[active] : undefined;
  const activeId = activeHit ? optionId(activeHit) : undefined;
  // The caret stays in the box; the marked hit is kept in view as the arrows move it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // Closed by a pick, the focus goes to the record opened (onPick's page), not back to what was
  // focused before the search; closed with Esc, it goes back there.
  const [picked, setPicked] = useState(false);
  if (open && picked) setPicked(false);
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setPicked(true);
    onPick(hit);
    setQuery('');
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, ordered.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) pick(ordered[active]);
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      focusTriggerAfterClose={!picked}
      footer={null}
      title="搜索"
      width={680}
      destroyOnHidden
      // No opening animation: a search box is typed into at once, and focus waits for the end.
      transitionName=""
      maskTransitionName=""
      afterOpenChange={(visible) => visible && input.current?.focus()}
    >
      <Input
        ref={input}
        autoFocus
        aria-label="搜索"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder="姓名、活动、地点、票据号……也可输入拼音首字母，如 lww"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        allowClear
        size="large"
      />
      {current && result.error ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 12 }}>
          {result.error}
        </Typography.Text>
      ) : current && ordered.length === 0 ? (
        <Empty description={`没有找到与“${text}”相关的记录`} />
      ) : null}
      {/* A listbox holds options only: the messages above stand outside it. It scrolls, so it takes
          the keyboard focus too (Tab from the box), for reading a long list without a mouse. */}
      <div
        id={listId}
        role="listbox"
        aria-label="搜索结果"
        tabIndex={ordered.length > 0 ? 0 : -1}
        hidden={groups.length === 0}
        style={{ maxHeight: 420, overflow: 'auto', marginTop: 12 }}
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-label={group.label}>
            <Typography.Text type="secondary" style={{ display: 'block', margin: '10px 4px 4px' }}>
              {group.label}（{group.hits.length}）
            </Typography.Text>
            {group.hits.map((hit) => {
              const index = ordered.indexOf(hit);
              return (
                <div
                  key={hit.id}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={index === active}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => pick(hit)}
                  style={{
                    padding: '6px 10px',
                    borderRadius: 6,
                    cursor: 'pointer',
                    background: index === active ? '#fbeeee' : undefined,
                  }}
                >
                  <div>
                    <Marked text={hit.title} ranges={hit.highlights} />
                  </div>
                  {hit.context ? (
                    <div className="search-hit-context">
                      {hit.context.label}：
                      <Marked text={hit.context.text} ranges={hit.context.highlights} />
                    </div>
                  ) : null}
                  {hit.subtitle ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {hit.subtitle}
                    </Typography.Text>
                  ) : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Modal>
  );
}

/** A text with its matching parts marked. */
function Marked({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  return highlightSegments(text, ranges).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
  );
}
