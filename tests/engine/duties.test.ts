import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import { parseDue } from '../../src/model/cadence.js';
import type { Agreement } from '../../src/model/index.js';
import { makeData } from './make-data.js';

// SPEC section 13: governance.duties ("årsregnskapet avlegges innen 15. februar") and a body's
// `by:` ("ordinært årsmøte hvert år innen utgangen av mai"), at hand-computed dates.

type Duty = NonNullable<Agreement['governance']['duties']>[number];
const withDuties = (duties: Duty[], extra: Parameters<typeof makeData>[0] = {}) =>
  makeData({
    ...extra,
    agreement: {
      ...extra.agreement,
      governance: {
        bodies: {
          top: { name: 'Topp', meets: 'yearly', host: 'rotate' },
          middle: { name: 'Midt', meets: 'every 4 months', adopts: true },
          ...extra.agreement?.governance?.bodies,
        },
        duties,
      },
    },
  });
const status = (data: ReturnType<typeof makeData>, asOf: string) => agreementStatus(data, d(asOf), []);
const find = (data: ReturnType<typeof makeData>, asOf: string, subject: string) =>
  status(data, asOf).obligations.find((o) => o.subject === subject);

const ACCOUNTS: Duty = { id: 'arsregnskap', title: 'Årsregnskapet er lagt fram', due: 'yearly by 02-15' };
const BUDGET: Duty = { id: 'budsjett', title: 'Budsjettet er vedtatt', due: 'yearly by 12-15', at: 'top' };

describe('duty: a yearly duty by a day', () => {
  it('is due on that day of the year; past it unmet in the current year it is overdue, not missed', () => {
    const data = withDuties([ACCOUNTS]);
    expect(find(data, '2026-02-05', 'duty:arsregnskap')).toMatchObject({
      kind: 'duty',
      state: 'due-soon',
      deadline: '2026-02-15',
      daysLeft: 10,
      missed: ['2025'],
    });
    expect(find(data, '2026-03-01', 'duty:arsregnskap')).toMatchObject({
      state: 'overdue',
      deadline: '2026-02-15',
    });
  });

  it('an entry of duties.yaml does it for its year; the next year is then due', () => {
    const data = withDuties([ACCOUNTS], {
      duties: [
        { duty: 'arsregnskap', date: '2025-02-10' },
        { duty: 'arsregnskap', date: '2026-02-12', note: 'Sendt revisor' },
      ],
    });
    const o = find(data, '2026-03-01', 'duty:arsregnskap');
    expect(o).toMatchObject({ state: 'ok', deadline: '2027-02-15', missed: [], last: '2026-02-12' });
    // As of the day before the entry, the entry does not count yet.
    expect(find(data, '2026-02-11', 'duty:arsregnskap')).toMatchObject({
      state: 'due-soon',
      deadline: '2026-02-15',
    });
  });

  it('a late entry still counts for its year: late, not missed', () => {
    const data = withDuties([ACCOUNTS], {
      duties: [
        { duty: 'arsregnskap', date: '2025-01-20' },
        { duty: 'arsregnskap', date: '2026-04-01' },
      ],
    });
    expect(find(data, '2026-05-01', 'duty:arsregnskap')).toMatchObject({ state: 'ok', missed: [] });
  });

  it('02-29 is 28 February in a common year', () => {
    const data = withDuties([{ id: 'skuddag', title: 'Skuddag', due: 'yearly by 02-29' }]);
    expect(find(data, '2027-01-10', 'duty:skuddag')?.deadline).toBe('2027-02-28');
    expect(find(data, '2028-01-10', 'duty:skuddag')?.deadline).toBe('2028-02-29');
  });

  it('a decision that fulfils it in any held meeting does it; with `at` only one of that body', () => {
    const meetings = [
      {
        body: 'middle',
        date: '2026-01-20',
        decisions: [{ id: 'a', text: 'Lagt fram', fulfils: 'arsregnskap' }],
      },
      { body: 'middle', date: '2026-11-20', decisions: [{ id: 'b', text: 'Vedtatt', fulfils: 'budsjett' }] },
    ];
    const data = withDuties([ACCOUNTS, BUDGET], { meetings });
    expect(find(data, '2026-03-01', 'duty:arsregnskap')).toMatchObject({ state: 'ok' });
    // The budget is the top body's: a decision of the middle body does not do it.
    expect(find(data, '2026-12-01', 'duty:budsjett')).toMatchObject({
      state: 'due-soon',
      deadline: '2026-12-15',
    });
  });

  it('with `at`, a planned meeting of that body before the deadline makes it planned; an entry does not do it', () => {
    const data = withDuties([BUDGET], {
      meetings: [{ body: 'top', date: '2026-12-10', status: 'planned' }],
      duties: [{ duty: 'budsjett', date: '2026-11-01' }],
    });
    expect(find(data, '2026-12-01', 'duty:budsjett')).toMatchObject({
      state: 'planned',
      planned: '2026-12-10',
    });
    const held = withDuties([BUDGET], {
      meetings: [
        { body: 'top', date: '2026-12-10', decisions: [{ id: 'v', text: 'Vedtatt', fulfils: 'budsjett' }] },
      ],
    });
    expect(find(held, '2026-12-11', 'duty:budsjett')).toMatchObject({ state: 'ok', deadline: '2027-12-15' });
  });

  it('the clock starts at validity.from: no year before it is missed', () => {
    const data = withDuties([ACCOUNTS]);
    expect(find(data, '2025-01-10', 'duty:arsregnskap')).toMatchObject({
      deadline: '2025-02-15',
      missed: [],
    });
  });
});

describe('bodies.<id>.by', () => {
  it('a yearly body with by: 05-31 is due 31 May; a meeting in June still counts for the year', () => {
    const by = (meetings: NonNullable<Parameters<typeof makeData>[0]>['meetings']) =>
      withDuties([], {
        meetings,
        agreement: { governance: { bodies: { top: { name: 'Årsmøtet', meets: 'yearly', by: '05-31' } } } },
      });
    expect(find(by([{ body: 'top', date: '2025-04-01' }]), '2026-05-20', 'meeting:top')).toMatchObject({
      state: 'due-soon',
      deadline: '2026-05-31',
    });
    expect(find(by([{ body: 'top', date: '2025-04-01' }]), '2026-06-10', 'meeting:top')).toMatchObject({
      state: 'overdue',
      missed: [],
    });
    expect(
      find(
        by([
          { body: 'top', date: '2025-04-01' },
          { body: 'top', date: '2026-06-15' },
        ]),
        '2026-07-01',
        'meeting:top',
      ),
    ).toMatchObject({ state: 'ok', deadline: '2027-05-31', missed: [] });
  });
});

describe('laws', () => {
  it('a by deadline is never after its period (the year) ends, and always in its year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 2021, max: 2035 }),
        fc.integer({ min: 1, max: 4 }),
        (month, day, year, count) => {
          const by = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const due = `${count === 1 ? 'yearly' : `${count} per year`} by ${by}`;
          const cadence = parseDue(due);
          const valid = !(day > 30 && [2, 4, 6, 9, 11].includes(month)) && !(month === 2 && day === 30);
          if (!valid) return cadence === null;
          const data = withDuties([{ id: 'p', title: 'P', due }]);
          const track = occurrences(data, d(`${year}-06-30`), d(`${year + 1}-12-31`)).find(
            (t) => t.id === 'duty:p',
          )!;
          return track.occurrences.every(
            (o) => o.deadline <= `${o.period}-12-31` && o.deadline.startsWith(o.period),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
