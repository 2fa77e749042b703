import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../../../electron/services/pathGrants';

describe('PathGrants', () => {
  const grants = new PathGrants(['/data/exports']);
  grants.grant('/home/u/台账.xlsx');

  it('allows granted files and what lies below the host folders', () => {
    expect(grants.allows('/home/u/台账.xlsx')).toBe(true);
    expect(grants.allows('/data/exports/a/b.json')).toBe(true);
  });

  it.each([
    '/home/u/other.xlsx',
    '/data/exports/../secret',
    '/data/exports-evil/x',
    'relative.txt',
    '/data/exports/a\0b',
  ])('refuses %s', (path) => {
    expect(grants.allows(path)).toBe(false);
  });
});
