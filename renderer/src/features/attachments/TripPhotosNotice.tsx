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
