import {
  photoDateRange,
  undatedPhotosMessage,
  type PhotoExif,
  type PhotoDateRange,
} from '../../domain/photoDateRange';
import type { Attachment } from '../../domain/records/attachment';
import { addDroppedFiles, mimeTypeOf } from './attachmentClient';

/** What a field trip's dropped photos give a new activity. */
export interface TripPhotos {
  attachments: Attachment[];
  /** Files the host did not keep, and why. */
  errors: string[];
  /** 开始日期 and 结束日期 proposed from the photos' EXIF dates. */
  range: PhotoDateRange;
  /** Said on the form when some photos carry no date: they are attached all the same. */
  undatedMessage: string | null;
}

/**
 * Reads the 拍摄日期 of each dropped image (only the EXIF block, with exifr: not the whole photo)
 * and keeps every file as an attachment, with or without a date.
 */
export async function readTripPhotos(files: readonly File[]): Promise<TripPhotos> {
  const { default: exifr } = await import('exifr');
  const photos: PhotoExif[] = [];
  for (const file of files) {
    if (!mimeTypeOf(file).startsWith('image/')) continue;
    let exif: PhotoExif['exif'];
    try {
      // Text, not Date: the day the camera showed, never shifted through a time zone.
      exif = (await exifr.parse(file, {
        pick: ['DateTimeOriginal', 'CreateDate'],
        reviveValues: false,
      })) as PhotoExif['exif'];
    } catch {
      exif = null; // A photo exifr cannot read is kept, without a date.
    }
    photos.push({ name: file.name, exif });
  }
  const range = photoDateRange(photos);
  const { added, errors } = await addDroppedFiles(files);
  return {
    attachments: uniqueByHash(added),
    errors,
    range,
    undatedMessage: undatedPhotosMessage(range.undated.length),
  };
}

function uniqueByHash(attachments: readonly Attachment[]): Attachment[] {
  const seen = new Set<string>();
  return attachments.filter((a) => !seen.has(a.sha256) && seen.add(a.sha256));
}
