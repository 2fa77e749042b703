import { useDroppable } from '@dnd-kit/core';
import { moveRefusal } from '../../../domain/donations/goodsPipeline';
import type { GoodsStage } from '../../../domain/records/enums';
import { GoodsCard, type CardInfo } from './GoodsCard';

/** How many cards a column draws; the longest waiting come first, the rest are counted. */
const SHOWN = 100;

interface Props {
  stage: GoodsStage;
  cards: readonly CardInfo[];
  limitDays: number;
  hintId: string;
  /** The card being dragged, if any: the column says whether it may be dropped here. */
  dragging: CardInfo | null;
  onMoveNext: (card: CardInfo) => void;
}

/** One stage of the board: its heading, how many are there (and overdue), and its cards. */
export function GoodsStageColumn({ stage, cards, limitDays, hintId, dragging, onMoveNext }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const overdue = cards.filter((card) => card.overdue).length;
  const droppable = dragging !== null && moveRefusal(dragging.stage, stage) === null;
  return (
    <section
      ref={setNodeRef}
      aria-label={stage}
      data-stage={stage}
      className={`goods-column${droppable ? ' goods-column-open' : ''}${isOver && droppable ? ' goods-column-over' : ''}`}
    >
      <h2 className="goods-column-title">
        {stage}
        <span className="goods-column-count">
          {cards.length} 批{overdue > 0 ? `，${overdue} 批超期` : ''}
        </span>
      </h2>
      {cards.length === 0 ? (
        <p className="goods-column-empty">无</p>
      ) : (
        <ul className="goods-column-cards">
          {cards.slice(0, SHOWN).map((card) => (
            <GoodsCard
              key={card.donation.id}
              card={card}
              limitDays={limitDays}
              hintId={hintId}
              onMoveNext={onMoveNext}
            />
          ))}
        </ul>
      )}
      {cards.length > SHOWN ? (
        <p className="goods-column-more">另有 {cards.length - SHOWN} 批未列出</p>
      ) : null}
    </section>
  );
}
