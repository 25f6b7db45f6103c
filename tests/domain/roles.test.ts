import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/compare.js';
import { addDays, asCalendarDate, type CalendarDate } from '../../src/dates.js';
import { holderOn, type RoleContext, roleContext } from '../../src/domain/roles.js';
import { heldWithHost, nextHost, rotationOrder } from '../../src/engine/host-rotation.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { Agreement, Override, Role } from '../../src/model/index.js';
import { periodFromLabel } from '../../src/time/period-label.js';
import { addInterval } from '../../src/time/recurring.js';
import { makeData } from '../engine/make-data.js';

const d = asCalendarDate;
const FROM = d('2021-01-01');

/** Ten municipalities on one side, one health trust on the other, as in a helsefellesskap. */
function helsefellesskap(extra: Partial<Agreement> = {}): Agreement {
  const kommunar = Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, name: `K${i}`, side: 'kommunane' }));
  return makeData({
    agreement: {
      parties: [{ id: 'hf', name: 'HF', side: 'hf' }, ...kommunar],
      sides: [
        { id: 'kommunane', name: 'Kommunane' },
        { id: 'hf', name: 'Helseføretaket' },
      ],
      validity: { from: '2020-01-01', until: null },
      ...extra,
    },
  }).agreement;
}

/** Parties that are members from 2020 (makeData's agreement starts in 2025). */
const parties = (ids: string[]): Agreement => {
  const a = makeData({ parties: ids }).agreement;
  return { ...a, validity: { from: '2020-01-01', until: null } };
};

const ctx = (agreement: Agreement, roles: Record<string, Role>, overrides: Override[] = []): RoleContext =>
  roleContext(agreement, 'ssu', { roles, overrides }, []);

describe('term rotations (SPEC section 12)', () => {
  const twoYears: Role = { rotate: 'sides', every: '2 years', from: FROM, order: ['kommunane', 'hf'] };

  it('host and leader alternate between the sides every other year, with the last day of the term', () => {
    const c = ctx(helsefellesskap(), { host: twoYears, leader: { same: 'host' } });
    expect(holderOn(c, 'host', d('2021-01-01'))).toEqual({ holder: 'kommunane', until: '2022-12-31' });
    expect(holderOn(c, 'host', d('2022-12-31'))).toEqual({ holder: 'kommunane', until: '2022-12-31' });
    expect(holderOn(c, 'host', d('2023-01-01'))).toEqual({ holder: 'hf', until: '2024-12-31' });
    expect(holderOn(c, 'leader', d('2026-11-22'))).toEqual({ holder: 'kommunane', until: '2026-12-31' });
  });

  it('before the first term nobody holds the role', () => {
    expect(holderOn(ctx(helsefellesskap(), { host: twoYears }), 'host', d('2020-12-31'))).toBeNull();
  });

  it('opposite gives the other side, for as long as the role it follows', () => {
    const c = ctx(helsefellesskap(), { leader: twoYears, deputy: { opposite: 'leader' } });
    expect(holderOn(c, 'deputy', d('2021-06-01'))).toEqual({ holder: 'hf', until: '2022-12-31' });
    expect(holderOn(c, 'deputy', d('2023-06-01'))).toEqual({ holder: 'kommunane', until: '2024-12-31' });
  });

  it('opposite of a party is the other side; with three sides there is none', () => {
    const a = helsefellesskap();
    const c = ctx(a, { leader: { fixed: 'k3' }, deputy: { opposite: 'leader' } });
    expect(holderOn(c, 'deputy', d('2024-01-01'))?.holder).toBe('hf');
    const three = { ...a, sides: [...(a.sides ?? []), { id: 'andre', name: 'Andre' }] };
    expect(
      holderOn(
        ctx(three, { leader: { fixed: 'k3' }, deputy: { opposite: 'leader' } }),
        'deputy',
        d('2024-01-01'),
      ),
    ).toBeNull();
  });

  it('an override wins in its period and only there, and what follows the role follows it', () => {
    const c = ctx(helsefellesskap(), { leader: twoYears, deputy: { opposite: 'leader' } }, [
      { period: 2024, role: 'leader', holder: 'kommunane' },
    ]);
    expect(holderOn(c, 'leader', d('2023-12-31'))?.holder).toBe('hf');
    expect(holderOn(c, 'leader', d('2024-03-01'))).toEqual({ holder: 'kommunane', until: '2024-12-31' });
    expect(holderOn(c, 'deputy', d('2024-03-01'))?.holder).toBe('hf');
    expect(holderOn(c, 'leader', d('2025-01-01'))?.holder).toBe('kommunane');
  });

  it('a party that has left is skipped from its next term; one leaving mid-term hands over', () => {
    const a = parties(['a', 'b', 'c']);
    a.parties[1]!.left = '2023-06-01';
    const c = ctx(a, { leader: { rotate: 'parties', every: '1 year', from: FROM } });
    const year = (y: number) => holderOn(c, 'leader', d(`${y}-03-01`))?.holder;
    expect([2021, 2022, 2023, 2024, 2025, 2026].map(year)).toEqual(['a', 'b', 'c', 'a', 'c', 'a']);
    expect(holderOn(c, 'leader', d('2022-07-01'))?.holder).toBe('b');
  });

  it('same and opposite in a circle give no holder instead of looping', () => {
    expect(
      holderOn(ctx(helsefellesskap(), { a: { same: 'b' }, b: { same: 'a' } }), 'a', d('2024-01-01')),
    ).toBeNull();
  });
});

describe('period labels', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-T1', '2024-01-01', '2024-04-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-03-10/2024-05-01', '2024-03-10', '2024-05-01'],
  ])('%s runs from %s to %s', (label, start, end) => {
    expect(periodFromLabel(label)).toEqual({ start, end });
  });
  it.each(['2024-T4', '2024-13', '2024-Q0', 'spring', '2024-05-01/2024-04-01', '2024-02-30/2024-03-01'])(
    '%s is no period',
    (label) => expect(periodFromLabel(label)).toBeNull(),
  );
});

// The laws of section 12, for any number of members, any term length and any dates.
describe('laws of roles', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const term = fc.constantFrom('1 year', '2 years', '6 months', '4 months', '3 weeks', '30 days');
  const offset = fc.integer({ min: 0, max: 4000 });

  it('with the same members throughout, the holder is order[floor((D - from) / every) mod n]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), term, offset, (n, every, days) => {
        const order = ids.slice(0, n);
        const a = parties(order);
        const c = ctx(a, { r: { rotate: 'parties', every, from: FROM, order: [...order].reverse() } });
        const date = addDays(FROM, days);
        const [count, unit] = every.split(' ') as [string, string];
        const rolling = `${unit.endsWith('s') ? unit : `${unit}s`}` as 'days' | 'weeks' | 'months' | 'years';
        let k = 0;
        while (addInterval(FROM, rolling, Number(count) * (k + 1)) <= date) k++;
        expect(holderOn(c, 'r', date)?.holder).toBe([...order].reverse()[k % n]);
      }),
    );
  });

  it('a term rotation visits every member in order and never a non-member', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        term,
        fc.array(fc.option(offset, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        (n, every, leaving) => {
          const a = parties(ids.slice(0, n));
          a.parties.forEach((p, i) => {
            const left = leaving[i];
            if (left !== undefined) p.left = addDays(FROM, left);
          });
          const c = ctx(a, { r: { rotate: 'parties', every, from: FROM } });
          const [count, unit] = every.split(' ') as [string, string];
          const rolling = `${unit.endsWith('s') ? unit : `${unit}s`}` as
            | 'days'
            | 'weeks'
            | 'months'
            | 'years';
          const starts = Array.from({ length: 40 }, (_, k) => addInterval(FROM, rolling, Number(count) * k));
          const order = a.parties.map((p) => p.id);
          const member = (id: string, on: CalendarDate) => {
            const p = a.parties.find((x) => x.id === id)!;
            return !p.left || on < p.left;
          };
          let previous: string | undefined;
          for (const start of starts) {
            const holder = holderOn(c, 'r', start)!.holder;
            const anyone = order.some((id) => member(id, start));
            if (anyone) expect(member(holder, start)).toBe(true);
            if (previous && anyone) {
              // The next member after the previous holder, going round.
              const from = order.indexOf(previous);
              const next = [...order.slice(from + 1), ...order.slice(0, from + 1)].find((id) =>
                member(id, start),
              );
              expect(holder).toBe(next);
            }
            previous = holder;
          }
        },
      ),
    );
  });

  it('an override wins in its period and only there', () => {
    const labels = fc.oneof(
      fc.integer({ min: 2021, max: 2030 }).map(String),
      fc
        .tuple(fc.integer({ min: 2021, max: 2030 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
    );
    fc.assert(
      fc.property(labels, offset, (label, days) => {
        const c = ctx(helsefellesskap(), { leader: { rotate: 'sides', every: '2 years', from: FROM } }, [
          { period: label, role: 'leader', holder: 'k5' },
        ]);
        const plain = ctx(helsefellesskap(), { leader: { rotate: 'sides', every: '2 years', from: FROM } });
        const date = addDays(FROM, days);
        const period = periodFromLabel(label)!;
        const inside = period.start <= date && date <= period.end;
        expect(holderOn(c, 'leader', date)?.holder).toBe(
          inside ? 'k5' : holderOn(plain, 'leader', date)?.holder,
        );
      }),
    );
  });

  it('a two-sided opposite is never the same side', () => {
    fc.assert(
      fc.property(term, offset, fc.constantFrom('sides', 'parties'), (every, days, rotate) => {
        const c = ctx(helsefellesskap(), {
          leader: { rotate: rotate as 'sides' | 'parties', every, from: FROM },
          deputy: { opposite: 'leader' },
        });
        const date = addDays(FROM, days);
        const leader = holderOn(c, 'leader', date)!.holder;
        const side =
          leader === 'hf' || leader === 'kommunane' ? leader : leader.startsWith('k') ? 'kommunane' : 'hf';
        const deputy = holderOn(c, 'deputy', date)!.holder;
        expect(['hf', 'kommunane']).toContain(deputy);
        expect(deputy).not.toBe(side);
      }),
    );
  });

  it('the per-meeting rotation of today’s data (host: rotate) gives the same hosts as before; the next planned meeting’s recorded host is its host', () => {
    const meeting = fc.record({
      date: fc.integer({ min: 0, max: 1500 }).map((n) => addDays(d('2025-01-01'), n)),
      host: fc.option(fc.constantFrom('p0', 'p1', 'p2', 'p3'), { nil: undefined }),
      status: fc.constantFrom('held', 'planned', 'cancelled') as fc.Arbitrary<
        'held' | 'planned' | 'cancelled'
      >,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.option(fc.shuffledSubarray(['p0', 'p1', 'p2', 'p3'], { minLength: 1 }), { nil: undefined }),
        fc.array(meeting, { maxLength: 8 }),
        fc.integer({ min: 0, max: 1500 }).map((n) => addDays(d('2025-01-01'), n)),
        (n, rotation, meetings, asOf) => {
          const data = makeData({
            parties: ['p0', 'p1', 'p2', 'p3'].slice(0, n),
            meetings: meetings.map((m) => ({ body: 'top', ...m })),
          });
          const top = data.agreement.governance.bodies.top!;
          if (rotation) top.rotation = rotation;
          const status = agreementStatus(data, asOf, []);
          const o = status.obligations.find((x) => x.subject === 'meeting:top')!;
          const all = data.meetingFiles[0]!.value;
          const last = heldWithHost(all, 'top')
            .filter((m) => m.date <= asOf)
            .at(-1);
          const next = all
            .filter((m) => m.status === 'planned' && m.date >= asOf)
            .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))[0];
          expect(o.host).toBe(next?.host || nextHost(rotationOrder(data.agreement, 'top'), last?.host));
          expect(o.roles).toBeUndefined();
        },
      ),
    );
  });
});

describe('status of a body with roles', () => {
  it('gives each role for the next planned meeting, and the host beside them', () => {
    const data = makeData({ meetings: [{ body: 'ssu', date: '2027-01-15', status: 'planned' }] });
    data.agreement = helsefellesskap({
      governance: {
        bodies: {
          ssu: {
            name: 'SSU',
            meets: '4 per year',
            roles: {
              host: { rotate: 'sides', every: '2 years', from: FROM },
              deputy: { opposite: 'host' },
            },
          },
        },
      },
    });
    const o = agreementStatus(data, d('2026-11-22'), []).obligations.find(
      (x) => x.subject === 'meeting:ssu',
    )!;
    // Terms of two years from 2021: kommunane, hf, kommunane, then hf from 2027, the planned meeting's year.
    expect(o.host).toBe('hf');
    expect(o.roles).toEqual({
      host: { holder: 'hf', until: '2028-12-31' },
      deputy: { holder: 'kommunane', until: '2028-12-31' },
    });
  });

  it('a person with a term gives a term obligation due on its last day', () => {
    const data = makeData();
    data.people = {
      schemaVersion: 1,
      people: [
        { id: 'leiar', party: 'part-a', role: 'Leiar', term: { from: '2023-01-01', until: '2026-12-31' } },
      ],
      contacts: {},
      secretariat: [],
    };
    const o = agreementStatus(data, d('2026-12-10'), []).obligations.find((x) => x.subject === 'term:leiar')!;
    expect(o).toMatchObject({ kind: 'term', deadline: '2026-12-31', state: 'due-soon', daysLeft: 21 });
  });
});
