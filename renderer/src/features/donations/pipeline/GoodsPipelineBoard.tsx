import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { App as AntApp, Button, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHost } from '../../../app/HostContext';
import { useHashRoute } from '../../../app/useHashRoute';
import { readGoodsDonations, readStageLimitDays } from '../../../db/goodsPipeline';
import {
  currentStage,
  daysInStage,
  isOverdue,
  localToday,
  moveRefusal,
  nextStage,
  stageSince,
} from '../../../domain/donations/goodsPipeline';
import { GOODS_STAGES, type GoodsStage } from '../../../domain/records/enums';
import { PageHeading } from '../../../shared/PageHeading';
import { askForOperator } from '../../operator/operatorGate';
import { useRecordNames } from '../../records/useRecordNames';
import { donorNames } from './goodsCardText';
import { GoodsCardPreview, type CardInfo } from './GoodsCard';
import { GoodsStageColumn } from './GoodsStageColumn';
import { MoveStageDialog, type MoveAnswers } from './MoveStageDialog';
import './goodsPipeline.css';

const HINT_ID = 'goods-board-hint';

/** A move under way: the card, and the stage the dialog asks about. */
interface PendingMove {
  card: CardInfo;
  to: GoodsStage;
}

/**
 * 物资流转: the goods donations as cards in the columns 登记 → … → 致谢. A card moves forward by
 * drag or by keyboard; each move asks for its date, 经办人 and 说明, is saved against the
 * revision shown, and is one step for 撤销. A stage held longer than the limit of 设置 is flagged.
 */
export function GoodsPipelineBoard() {
  const { moveWithin } = useHashRoute();
  const { message } = AntApp.useApp();
  const { settings } = useHost();
  const goods = useLiveQuery(readGoodsDonations, []);
  const limitDays = useLiveQuery(readStageLimitDays, []);
  const memberIds = useMemo(
    () =>
      (goods ?? []).flatMap((d) =>
        d.donors.flatMap((donor) => (donor.type === '委员' ? [donor.memberId] : [])),
      ),
    [goods],
  );
  const names = useRecordNames('member', memberIds);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dragged, setDragged] = useState<CardInfo | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // After a move, the moved card keeps the focus, once it shows in its new column.
  const focusTarget = useRef<{ id: string; stage: GoodsStage } | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const today = localToday();
  const limit = limitDays ?? 0;
  const cards = useMemo(() => {
    const byStage = new Map<GoodsStage, CardInfo[]>(GOODS_STAGES.map((s) => [s, []]));
    for (const donation of goods ?? []) {
      const stage = currentStage(donation);
      byStage.get(stage)!.push({
        donation,
        title: `${donorNames(donation, (id) => names?.get(id))}捐赠`,
        stage,
        since: stageSince(donation),
        days: daysInStage(donation, today),
        overdue: limitDays !== undefined && isOverdue(donation, today, limitDays),
      });
    }
    // Longest waiting first: what needs doing is on top.
    for (const list of byStage.values()) list.sort((a, b) => b.days - a.days);
    return byStage;
  }, [goods, names, today, limitDays]);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const card = document.querySelector<HTMLElement>(
      `[data-stage="${target.stage}"] [data-donation-id="${target.id}"]`,
    );
    if (!card) return;
    card.focus();
    focusTarget.current = null;
  });

  const ask = async (card: CardInfo, to: GoodsStage) => {
    const refusal = moveRefusal(card.stage, to);
    if (refusal) {
      setAnnouncement(refusal);
      void message.warning(refusal);
      return;
    }
    // A move is a write: who is working is asked first, as every save does.
    if (!(await askForOperator())) return;
    setPending({ card, to });
  };

  const move = async ({ card, to }: PendingMove, answers: MoveAnswers): Promise<string | null> => {
    const { moveGoodsStage } = await import('../../../db/repositories/goodsStageRepository');
    try {
      await moveGoodsStage(card.donation.id, card.donation.rev, { stage: to, ...answers });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && error.name === 'StaleRecordError') {
        setPending(null);
        void message.error(`${text}；看板已显示它现在的阶段，请再移动一次`);
        return null;
      }
      return text;
    }
    const done = `已将“${card.title}”从“${card.stage}”移到“${to}”`;
    setAnnouncement(done);
    void message.success(done);
    focusTarget.current = { id: card.donation.id, stage: to };
    setPending(null);
    return null;
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setDragged((active.data.current as CardInfo | undefined) ?? null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const card = active.data.current as CardInfo | undefined;
    const to = over?.id as GoodsStage | undefined;
    if (!card || !to || to === card.stage) return;
    void ask(card, to);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `已拿起“${titleOf(active.data.current)}”`,
    onDragOver: ({ active, over }) =>
      over ? `“${titleOf(active.data.current)}”在“${String(over.id)}”上方` : '不在任何阶段上方',
    onDragEnd: ({ active, over }) =>
      over ? `“${titleOf(active.data.current)}”放到了“${String(over.id)}”` : '已放下，未移动',
    onDragCancel: ({ active }) => `已取消移动“${titleOf(active.data.current)}”`,
  };

  return (
    <section aria-labelledby="page-title" className="goods-board-page">
      <div className="page-header">
        <PageHeading>物资流转</PageHeading>
        <Button icon={<ArrowLeftOutlined />} onClick={() => moveWithin()}>
          返回捐赠列表
        </Button>
      </div>
      <Typography.Paragraph type="secondary" id={HINT_ID}>
        把卡片拖到之后的阶段；或用 Tab 选中卡片，按 →
        键或“移到下一阶段”按钮移到下一阶段。在一个阶段停留超过 {limitDays ?? '…'}{' '}
        天的标为“超期”（天数可在“设置”中修改）。移错了可用页首的“撤销”。
      </Typography.Paragraph>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {goods === undefined ? null : goods.length === 0 ? (
        <Typography.Paragraph>
          还没有物资捐赠。在“捐赠”中新增捐赠类型为“物资”的记录后，它会出现在“登记”一栏。
        </Typography.Paragraph>
      ) : (
        <DndContext
          sensors={sensors}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(null)}
          accessibility={{ announcements }}
        >
          <div className="goods-board">
            {GOODS_STAGES.map((stage) => (
              <GoodsStageColumn
                key={stage}
                stage={stage}
                cards={cards.get(stage) ?? []}
                limitDays={limit}
                hintId={HINT_ID}
                dragging={dragged}
                onMoveNext={(card) => {
                  const next = nextStage(card.stage);
                  if (next) void ask(card, next);
                }}
              />
            ))}
          </div>
          <DragOverlay>{dragged ? <GoodsCardPreview card={dragged} /> : null}</DragOverlay>
        </DndContext>
      )}
      {pending ? (
        <MoveStageDialog
          card={pending.card}
          to={pending.to}
          operator={settings?.operatorName ?? ''}
          onMove={(answers) => move(pending, answers)}
          onClose={() => setPending(null)}
        />
      ) : null}
    </section>
  );
}

function titleOf(data: unknown): string {
  return (data as CardInfo | undefined)?.title ?? '卡片';
}
