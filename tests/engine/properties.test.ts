import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, asCalendarDate, type CalendarDate } from '../../src/dates.js';
import { nextHost } from '../../src/engine/host-rotation.js';
import { STATE_ORDER } from '../../src/engine/state.js';
import { agreementStatus } from '../../src/engine/status.js';
import { parseCadence, ROLLING_MAX, type RollingUnit } from '../../src/model/cadence.js';
import { addInterval } from '../../src/time/recurring.js';
import { makeData } from './make-data.js';
import { recurring } from './recurring-now.js';

const BASE = asCalendarDate('2025-01-01');
const date = fc.integer({ min: 0, max: 1500 }).map((n) => addDays(BASE, n));
const cadence = fc.constantFrom(
  'yearly',
  'half-yearly',
  'tertial',
  'quarterly',
  'monthly',
  '3 per year',
  '2 per quarter',
  'every 4 months',
  'every 6 weeks',
  'every 30 days',
  'every 1 year',
);
const rank = (s: string) => STATE_ORDER.indexOf(s as (typeof STATE_ORDER)[number]);

describe('laws of the engine', () => {
  it('recording a held meeting on the as-of date never makes a meeting obligation worse', () => {
    fc.assert(
      fc.property(cadence, fc.array(date, { maxLength: 8 }), date, (meets, dates, asOf) => {
        fc.pre(asOf >= BASE);
        const meetings = dates.filter((d) => d <= asOf).map((d) => ({ body: 'middle', date: d }));
        const make = (extra: typeof meetings) => {
          const data = makeData({ meetings: [...meetings, ...extra] });
          data.agreement.governance.bodies.middle!.meets = meets;
          return agreementStatus(data, asOf, []).obligations.find((o) => o.subject === 'meeting:middle')!;
        };
        const before = make([]);
        const after = make([{ body: 'middle', date: asOf }]);
        // STATE_ORDER is worst first: a larger index is a better state.
        expect(rank(after.state)).toBeGreaterThanOrEqual(rank(before.state));
        expect(after.deadline >= before.deadline).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for a rolling cadence the deadline is the last event plus the interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom<RollingUnit>('days', 'weeks', 'months', 'years'),
        fc.array(date, { minLength: 1, maxLength: 8 }),
        (upTo24, unit, dates) => {
          const n = Math.min(upTo24, ROLLING_MAX[unit]); // cadences are bounded (ten years)
          const held = [...dates].sort() as CalendarDate[];
          const last = held.at(-1)!;
          const r = recurring({
            cadence: parseCadence(`every ${n} ${unit}`)!,
            start: BASE,
            held,
            planned: [],
            asOf: last,
          });
          expect(r.deadline).toBe(addInterval(last, unit, n));
          expect(r.last).toBe(last);
        },
      ),
    );
  });

  it('a calendar deadline is never before as-of when its period is met, and never after the next period ends', () => {
    fc.assert(
      fc.property(
        cadence.filter((c) => !c.startsWith('every')),
        fc.array(date, { maxLength: 10 }),
        date,
        (text, dates, asOf) => {
          const r = recurring({
            cadence: parseCadence(text)!,
            start: BASE,
            held: dates.filter((d) => d <= asOf),
            planned: [],
            asOf,
          });
          expect(r.deadline >= asOf).toBe(true);
          expect(r.remaining).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('rotation visits every party before any party hosts twice', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 7 }),
        fc.nat(20),
        (order, start) => {
          const hosts: string[] = [];
          let last: string | null = order[start % order.length] ?? null;
          for (let i = 0; i < order.length; i++) {
            last = nextHost(order, last);
            hosts.push(last!);
          }
          expect(new Set(hosts).size).toBe(order.length);
        },
      ),
    );
  });
});
