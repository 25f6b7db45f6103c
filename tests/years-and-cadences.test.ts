import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, asCalendarDate, parseCalendarDate, ymd } from '../src/dates.js';
import {
  CADENCE_PATTERN,
  COUNT_MAX,
  parseCadence,
  ROLLING_MAX,
  type RollingUnit,
} from '../src/model/cadence.js';
import { IsoDate } from '../src/model/primitives.js';
import { addInterval } from '../src/time/recurring.js';
import { agreementWith, findingsOf, runBin } from './helpers.js';
import { minimalAgreement } from './minimal-agreement.js';

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en', '--no-cache'];

describe('item 7: years outside 1900-2999 are errors (SPEC section 2)', () => {
  it('item 7: parseCalendarDate refuses years outside 1900-2999, and never reads 0026 as 1926', () => {
    for (const text of ['0026-01-01', '0099-12-31', '1899-12-31', '3000-01-01', '9999-12-31', '0000-01-01'])
      expect(parseCalendarDate(text), text).toBeNull();
    for (const text of ['1900-01-01', '2026-11-22', '2999-12-31']) expect(parseCalendarDate(text)).toBe(text);
  });

  it('item 7: the schema refuses such years with a message that says the range', () => {
    expect(IsoDate.safeParse('0026-01-01').success).toBe(false);
    expect(IsoDate.safeParse('9999-01-01').success).toBe(false);
    expect(IsoDate.safeParse('2999-12-31').success).toBe(true);
    const folder = agreementWith({
      'meetings/2026.yaml':
        'schemaVersion: 1\nmeetings:\n  - { id: m, body: top, date: 0026-01-01, status: held, host: part-a }\n',
    });
    const found = findingsOf(folder).filter((f) => f.rule === 'schema');
    expect(found.map((f) => [f.file.split('/').slice(-2).join('/'), f.line, f.message.id])).toEqual([
      ['meetings/2026.yaml', 3, 'schema.year-out-of-range'],
    ]);
    const run = runBin(['validate', folder, ...AS_OF]);
    expect(run.stdout).toContain('0026-01-01: the year must be between 1900 and 2999');
  });

  it('item 7: --as-of outside 1900-2999 is a usage error', () => {
    for (const date of ['0026-01-01', '1899-12-31', '3000-01-01'])
      expect(runBin(['status', 'data', '--as-of', date]).status, date).toBe(2);
  });

  it('item 7: date arithmetic keeps four-digit years up to 2999 plus the largest cadence', () => {
    expect(addYears(asCalendarDate('2999-12-31'), 10)).toBe('3009-12-31');
    expect(addMonths(asCalendarDate('2999-10-31'), 120)).toBe('3009-10-31');
    expect(addDays(asCalendarDate('1900-01-01'), -1)).toBe('1899-12-31');
    expect(ymd(1900, 13, 1)).toBe('1901-01-01');
    const unit = fc.constantFrom<RollingUnit>('days', 'weeks', 'months', 'years');
    const date = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, unit, fc.integer({ min: 1, max: 1_000_000 }), (d, u, k) => {
        const start = asCalendarDate(d.toISOString().slice(0, 10));
        const n = 1 + (k % ROLLING_MAX[u]);
        const end = addInterval(start, u, n);
        return /^\d{4}-\d{2}-\d{2}$/.test(end) && end > start && end < '3010-01-01';
      }),
    );
  });
});

describe('item 7: cadence numbers are bounded', () => {
  it('item 7: parser and JSON Schema pattern agree on every number up to past each bound', () => {
    const pattern = new RegExp(CADENCE_PATTERN);
    for (const [unit, max] of Object.entries(ROLLING_MAX)) {
      for (let n = 1; n <= max + 50; n++) {
        const text = `every ${n} ${unit}`;
        expect([pattern.test(text), parseCadence(text) !== null], text).toEqual([n <= max, n <= max]);
      }
    }
    for (const unit of ['year', 'half-year', 'tertial', 'quarter', 'month'])
      for (let n = 1; n <= COUNT_MAX + 50; n++) {
        const text = `${n} per ${unit}`;
        expect([pattern.test(text), parseCadence(text) !== null], text).toEqual([
          n <= COUNT_MAX,
          n <= COUNT_MAX,
        ]);
      }
    for (const text of ['every 300000 years', 'every 0100 days', '1000000 per year', 'every 11 years'])
      expect([pattern.test(text), parseCadence(text)]).toEqual([false, null]);
  });

  it('item 7: every 300000 years is a schema finding; status and remind --format ics never exit 3', () => {
    const folder = agreementWith({
      'agreement.yaml': minimalAgreement(
        '    top: { name: Toppledermøte, meets: every 300000 years, host: rotate }',
      ),
    });
    const run = runBin(['validate', folder, ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[schema]');
    for (const args of [['status'], ['remind', '--format', 'ics']]) {
      const r = runBin([...args, folder, ...AS_OF]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).not.toContain('NaN');
    }
  });
});
