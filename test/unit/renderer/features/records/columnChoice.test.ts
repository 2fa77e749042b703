import { beforeEach, describe, expect, it } from 'vitest';
import {
  readHiddenColumns,
  writeHiddenColumns,
} from '../../../../../renderer/src/features/records/columnChoice';

beforeEach(() => localStorage.clear());

describe('the columns a list hides', () => {
  it('are the list’s defaults until chosen, then the choice, list by list', () => {
    expect(readHiddenColumns('member', ['email'])).toEqual(['email']);
    writeHiddenColumns('member', ['sector', 'phone']);
    expect(readHiddenColumns('member', ['email'])).toEqual(['sector', 'phone']);
    expect(readHiddenColumns('activity', [])).toEqual([]);
    writeHiddenColumns('member', []);
    expect(readHiddenColumns('member', ['email'])).toEqual([]);
  });

  it('fall back to the defaults when what is stored cannot be read', () => {
    localStorage.setItem('duty-ledger:list-columns:member', '{not json');
    expect(readHiddenColumns('member', ['email'])).toEqual(['email']);
    localStorage.setItem('duty-ledger:list-columns:member', '[1, 2]');
    expect(readHiddenColumns('member', ['email'])).toEqual(['email']);
  });
});
