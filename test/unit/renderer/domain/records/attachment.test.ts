import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES as HOST_MAX,
  attachmentTooLargeMessage as hostTooLargeMessage,
} from '../../../../../electron/contract/attachments';
import { attachmentSchema } from '../../../../../renderer/src/domain/records';
import {
  MAX_ATTACHMENT_BYTES,
  attachmentTooLargeMessage,
} from '../../../../../renderer/src/domain/records/attachment';
import { SHA } from './validationHelpers';

const photo = { sha256: SHA, name: '揭牌仪式.jpg', mimeType: 'image/jpeg', size: 345678 };

describe('attachment', () => {
  it('accepts hash, name, type and size', () => {
    expect(attachmentSchema.parse(photo)).toEqual(photo);
    expect(attachmentSchema.safeParse({ ...photo, size: 0 }).success).toBe(true);
  });

  it('refuses malformed metadata', () => {
    for (const bad of [
      { ...photo, sha256: SHA.toUpperCase() },
      { ...photo, sha256: SHA.slice(1) },
      { ...photo, name: ' ' },
      { ...photo, mimeType: 'jpeg' },
      { ...photo, size: -1 },
      { ...photo, size: 1.5 },
    ]) {
      expect(attachmentSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('the attachment size limit', () => {
  it('is the host’s limit, refused in the same words', () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(HOST_MAX);
    expect(attachmentTooLargeMessage('航拍.jpg', 60 * 1024 * 1024)).toBe(
      hostTooLargeMessage('航拍.jpg', 60 * 1024 * 1024),
    );
    expect(attachmentTooLargeMessage('航拍.jpg', 60 * 1024 * 1024)).toBe(
      '附件“航拍.jpg”有 60.0 MB，超过 50 MB 的上限，未添加',
    );
  });
});
