import { describe, expect, it } from 'vitest';
import { attachmentSchema } from '../../../../../renderer/src/domain/records';
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
