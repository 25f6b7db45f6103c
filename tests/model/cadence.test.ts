import { describe, expect, it } from 'vitest';
import { CADENCE_PATTERN, parseCadence } from '../../src/model/cadence.js';

describe('parseCadence', () => {
  it.each([
    ['yearly', { kind: 'period', unit: 'year', count: 1 }],
    ['half-yearly', { kind: 'period', unit: 'half-year', count: 1 }],
    ['tertial', { kind: 'period', unit: 'tertial', count: 1 }],
    ['quarterly', { kind: 'period', unit: 'quarter', count: 1 }],
    ['monthly', { kind: 'period', unit: 'month', count: 1 }],
    ['4 per year', { kind: 'period', unit: 'year', count: 4 }],
    ['2 per tertial', { kind: 'period', unit: 'tertial', count: 2 }],
    ['every 4 months', { kind: 'rolling', unit: 'months', n: 4 }],
    ['every 1 year', { kind: 'rolling', unit: 'years', n: 1 }],
    ['every 10 days', { kind: 'rolling', unit: 'days', n: 10 }],
    ['every 2 weeks', { kind: 'rolling', unit: 'weeks', n: 2 }],
  ])('%s parses', (text, expected) => {
    expect(parseCadence(text)).toMatchObject({ ...expected, text });
  });

  it.each(['every four months', 'every 0 months', '0 per year', 'Yearly', 'biweekly', 'every 4 month ', ''])(
    '%j is refused, by the parser and by the JSON Schema pattern alike',
    (text) => {
      expect(parseCadence(text)).toBeNull();
      expect(new RegExp(CADENCE_PATTERN).test(text)).toBe(false);
    },
  );
});
