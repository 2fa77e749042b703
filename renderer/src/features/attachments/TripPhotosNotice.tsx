import { Alert } from 'antd';
import type { TripPhotos } from './readTripPhotos';

/**
 * What a new activity made from a field trip's photos should say: photos without a 拍摄日期
 * (attached all the same) and files the host refused. Nothing when all went well.
 */
export function TripPhotosNotice({ trip }: { trip: TripPhotos | null | undefined }) {
  if (!trip) return null;
  const notes = [...(trip.undatedMessage ? [trip.undatedMessage] : []), ...trip.errors];
  if (notes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      message={notes.length === 1 ? notes[0] : notes.join('；')}
    />
  );
}

/** The fields of a new activity the photos fill: the range they were taken in, and themselves. */
export function tripDefaults(trip: TripPhotos): Record<string, unknown> {
  return {
    ...(trip.range.start ? { startDate: trip.range.start } : {}),
    ...(trip.range.end ? { endDate: trip.range.end } : {}),
    attachments: trip.attachments,
  };
}

/**
 * A draft of 新增活动 restored over photos just dropped: the draft's values win, the photos are
 * added to its attachments (each file once), and their dates fill only dates the draft lacks.
 * The same object when the draft already holds them all.
 */
export function withTripPhotos(
  values: Record<string, unknown>,
  trip: TripPhotos,
): Record<string, unknown> {
  const held = Array.isArray(values.attachments)
    ? (values.attachments as TripPhotos['attachments'])
    : [];
  const hashes = new Set(held.map((attachment) => attachment.sha256));
  const added = trip.attachments.filter((attachment) => !hashes.has(attachment.sha256));
  // A date typed (even half: the form keeps the text) is the draft's; an emptied one is none.
  const dated =
    (typeof values.startDate === 'object' && values.startDate !== null) ||
    (typeof values.startDate === 'string' && values.startDate.trim() !== '');
  if (added.length === 0 && (dated || !trip.range.start)) return values;
  return {
    ...values,
    ...(dated ? {} : tripDefaults(trip)),
    attachments: [...held, ...added],
  };
}
