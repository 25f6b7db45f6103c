import { describe, expect, it } from 'vitest';
import { renderIn } from '../../src/i18n/render.js';

// The bundle's tables are plain objects from JSON.parse (src/i18n/tables-built.ts): an id is data,
// and one that names a property every object has is still unknown.
describe('a message id the table does not hold', () => {
  const table = JSON.parse('{"known":"kjent {x}"}') as Record<string, string>;

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s shows as itself', (id) => {
    expect(renderIn(table, { id }, 'nb')).toBe(id);
    expect(renderIn(table, { id: 'known', params: { x: { ref: id } } }, 'nb')).toBe(`kjent ${id}`);
  });
});
