import { useDraggable } from '@dnd-kit/core';
import { Button, Tag } from 'antd';
import type { KeyboardEvent } from 'react';
import { nextStage } from '../../../domain/donations/goodsPipeline';
import { formatPartialDate, type PartialDate } from '../../../domain/partialDate';
import type { Donation } from '../../../domain/records';
import type { GoodsStage } from '../../../domain/records/enums';
import { itemsSummary, UNVALUED, valueText } from './goodsCardText';

/** What a card shows of one goods donation at its stage. */
export interface CardInfo {
  donation: Donation;
  /** The donors' names: the card's title. */
  title: string;
  stage: GoodsStage;
  since: PartialDate;
  days: number;
  overdue: boolean;
}

interface Props {
  card: CardInfo;
  limitDays: number;
  /** The id of the text that says how to move a card by keyboard. */
  hintId: string;
  onMoveNext: (card: CardInfo) => void;
}

/**
 * One goods donation on the board: its donors, what was given, 估值 and how long it has been at
 * its stage, flagged when that is longer than the limit. Dragged by the pointer; by keyboard,
 * → on the focused card or its 移到下一阶段 button.
 */
export function GoodsCard({ card, limitDays, hintId, onMoveNext }: Props) {
  const { donation, title, stage, since, days, overdue } = card;
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: donation.id, data: card });
  const next = nextStage(stage);
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || !next) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      onMoveNext(card);
    }
  };
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      onKeyDown={onKeyDown}
      tabIndex={0}
      data-donation-id={donation.id}
      aria-describedby={next ? hintId : undefined}
      className={`goods-card${overdue ? ' goods-card-overdue' : ''}${isDragging ? ' goods-card-dragging' : ''}`}
    >
      <div className="goods-card-title">{title}</div>
      <div className="goods-card-items">{itemsSummary(donation)}</div>
      <div>{valueLine(donation)}</div>
      <div className="goods-card-days">
        在此阶段 {days} 天<span className="goods-card-since">自{formatPartialDate(since)}起</span>
      </div>
      {overdue ? (
        <Tag color="error" className="goods-card-flag">
          超期：已超过 {limitDays} 天
        </Tag>
      ) : null}
      {next ? (
        <Button
          size="small"
          className="goods-card-next"
          aria-label={`将“${title}”移到下一阶段“${next}”`}
          onClick={() => onMoveNext(card)}
          onPointerDown={(event) => event.stopPropagation()}
        >
          移到下一阶段
        </Button>
      ) : null}
    </li>
  );
}

/** The card as it follows the pointer while dragged (drawn above the board, never clipped). */
export function GoodsCardPreview({ card }: { card: CardInfo }) {
  return (
    <div className="goods-card goods-card-preview" aria-hidden="true">
      <div className="goods-card-title">{card.title}</div>
      <div className="goods-card-items">{itemsSummary(card.donation)}</div>
      <div>{valueLine(card.donation)}</div>
    </div>
  );
}

/** 估值 718.08万元, or 未估值. */
function valueLine(donation: Donation): string {
  const value = valueText(donation);
  return value === UNVALUED ? value : `估值 ${value}`;
}
