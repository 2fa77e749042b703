import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../../../electron/services/pathGrants';

const MINUTE = 60_000;

function grantsAt(start = 1_000_000) {
  const clock = { now: start };
  const grants = new PathGrants(['/data/exports'], { ttlMs: 5 * MINUTE, now: () => clock.now });
  return { grants, clock };
}

describe('PathGrants', () => {
  it('lets a path from a save dialog be written once, and never read', () => {
    const { grants } = grantsAt();
    grants.grant('/home/u/台账.xlsx', 'write');
    expect(grants.take('/home/u/台账.xlsx', 'read')).toBe(false);
    expect(grants.take('/home/u/台账.xlsx', 'write')).toBe(true);
    expect(grants.take('/home/u/台账.xlsx', 'write')).toBe(false);
  });

  it('lets a path from an open dialog be read once, and never written', () => {
    const { grants } = grantsAt();
    grants.grant('/home/u/交接.dlbundle', 'read');
    expect(grants.take('/home/u/交接.dlbundle', 'write')).toBe(false);
    expect(grants.take('/home/u/交接.dlbundle', 'read')).toBe(true);
    expect(grants.take('/home/u/交接.dlbundle', 'read')).toBe(false);
  });

  it('ends a grant nobody used after five minutes', () => {
    const { grants, clock } = grantsAt();
    grants.grant('/home/u/a.csv', 'write');
    grants.grant('/home/u/b.csv', 'write');
    clock.now += 5 * MINUTE;
    expect(grants.take('/home/u/a.csv', 'write')).toBe(true);
    clock.now += 1;
    expect(grants.take('/home/u/b.csv', 'write')).toBe(false);
  });

  it('keeps the folders the host owns open for reading and writing, again and again', () => {
    const { grants, clock } = grantsAt();
    expect(grants.take('/data/exports/a/b.json', 'write')).toBe(true);
    expect(grants.take('/data/exports/a/b.json', 'read')).toBe(true);
    clock.now += 60 * MINUTE;
    expect(grants.take('/data/exports/a/b.json', 'write')).toBe(true);
  });

  it.each([
    '/home/u/other.xlsx',
    '/data/exports/../secret',
    '/data/exports-evil/x',
    'relative.txt',
    '/data/exports/a\0b',
  ])('refuses %s', (path) => {
    const { grants } = grantsAt();
    grants.grant('/home/u/台账.xlsx', 'write');
    expect(grants.take(path, 'write')).toBe(false);
    expect(grants.take(path, 'read')).toBe(false);
  });

  it('matches a granted path however it is spelled', () => {
    const { grants } = grantsAt();
    grants.grant('/home/u/./台账.xlsx', 'write');
    expect(grants.take('/home/u/x/../台账.xlsx', 'write')).toBe(true);
  });
});
