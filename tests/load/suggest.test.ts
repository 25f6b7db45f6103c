import { describe, expect, it } from 'vitest';
import { keysAt } from '../../src/load/schema-keys.js';
import { closest } from '../../src/load/suggest.js';
import { Agreement } from '../../src/model/agreement.js';

describe('did-you-mean suggestions', () => {
  it('suggests a near key, not a far one', () => {
    expect(closest('langauge', ['language', 'title'])).toBe('language');
    expect(closest('colour', ['language', 'title'])).toBeNull();
  });

  it('knows the keys allowed at a path, through lists, records and optional values', () => {
    expect(keysAt(Agreement, ['validity'])).toEqual(['from', 'until', 'note']);
    expect(keysAt(Agreement, ['governance', 'bodies', 'top'])).toContain('rotation');
    expect(keysAt(Agreement, ['parties', 3])).toEqual([
      'id',
      'name',
      'shortName',
      'side',
      'joined',
      'left',
      'notice',
    ]);
  });
});
