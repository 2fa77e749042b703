import { describe, expect, it } from 'vitest';
import {
  hrefWithQuery,
  queryFromHash,
  routeFromHash,
  subPathFromHash,
} from '../../../../renderer/src/app/routes';

describe('a page’s query in the hash (a list’s filters)', () => {
  it('is read apart from the page and its sub-path', () => {
    const hash = '#/members/abc/edit?category=%E6%B8%AF%E5%8C%BA%E5%A7%94%E5%91%98&status=在任';
    expect(routeFromHash(hash)).toBe('members');
    expect(subPathFromHash(hash)).toEqual(['abc', 'edit']);
    expect(queryFromHash(hash)).toEqual({ category: '港区委员', status: '在任' });
    expect(subPathFromHash('#/members?status=在任')).toEqual([]);
    expect(queryFromHash('#/members/new')).toEqual({});
  });

  it('is written back so that reading it gives the same filters, empty ones left out', () => {
    const href = hrefWithQuery('members', ['x'], {
      location: '香港 九龙&湾仔',
      status: '',
      term: '十二届',
    });
    expect(href.startsWith('#/members/x?')).toBe(true);
    expect(queryFromHash(href)).toEqual({ location: '香港 九龙&湾仔', term: '十二届' });
    expect(hrefWithQuery('members', [], { status: '' })).toBe('#/members');
  });
});
