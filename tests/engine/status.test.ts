import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import { makeData } from './make-data.js';

const NONE: Array<{ id: string; supersedes: string | null; from: string | null }> = [];
const status = (data: ReturnType<typeof makeData>, asOf: string, workspace = NONE) =>
  agreementStatus(data, d(asOf), workspace);
const find = (s: ReturnType<typeof status>, subject: string) =>
  s.obligations.find((o) => o.subject === subject);

describe('meeting obligations', () => {
  it('a planned meeting before the deadline makes it planned; cancelled ones count for nothing', () => {
    const data = makeData({
      meetings: [
        { body: 'top', date: '2025-05-01', host: 'part-a' },
        { body: 'top', date: '2026-03-01', status: 'cancelled' },
        { body: 'top', date: '2026-12-01', status: 'planned', host: 'part-b' },
      ],
    });
    expect(find(status(data, '2026-11-22'), 'meeting:top')).toMatchObject({
      state: 'planned',
      deadline: '2026-12-31',
      daysLeft: 39,
      last: '2025-05-01',
      planned: '2026-12-01',
      host: 'part-b',
      remaining: 1,
      missed: [],
    });
  });

  it('a planned meeting dated before as-of neither plans nor satisfies: it is unrecorded (SPEC section 14)', () => {
    const data = makeData({ meetings: [{ body: 'middle', date: '2026-11-01', status: 'planned' }] });
    const o = find(status(data, '2026-11-22'), 'meeting:middle');
    expect(o).toMatchObject({ state: 'unrecorded', deadline: '2025-05-01', planned: null, last: null });
    expect(o?.unrecorded).toBe('2026-11-01');
  });

  it('a body without a cadence whose planned meeting passed unrecorded has that to do', () => {
    const data = makeData({
      meetings: [{ id: 'utval-1', body: 'committee', date: '2026-09-22', status: 'planned' }],
    });
    data.agreement.governance.bodies.committee = { name: 'Samarbeidsutvalet', meets: null };
    expect(find(status(data, '2026-09-21'), 'meeting:committee')).toBeUndefined();
    const o = find(status(data, '2026-10-01'), 'meeting:committee');
    expect(o).toMatchObject({
      state: 'unrecorded',
      deadline: '2026-09-22',
      unrecorded: '2026-09-22',
      slot: 'utval-1',
    });
  });

  it('trackedFrom: periods before it are never missed, one that holds it can be, a gap across it counts from it', () => {
    const make = (trackedFrom?: string) => {
      const data = makeData({ meetings: [{ body: 'middle', date: '2026-09-01' }] });
      data.agreement.governance.bodies.top!.meets = 'tertial';
      if (trackedFrom) data.agreement.governance.trackedFrom = trackedFrom;
      return status(data, '2027-06-01');
    };
    expect(find(make(), 'meeting:top')?.missed).toEqual([
      '2025-T1',
      '2025-T2',
      '2025-T3',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2027-T1',
    ]);
    expect(find(make('2026-08-15'), 'meeting:top')?.missed).toEqual(['2026-T2', '2026-T3', '2027-T1']);
    // every 4 months from 2025-01-01: due 2025-05-01, met only on 2026-09-01.
    expect(find(make(), 'meeting:middle')?.missed).toEqual(['2025-05-01/2026-09-01']);
    expect(find(make('2026-01-01'), 'meeting:middle')?.missed).toEqual(['2026-01-01/2026-09-01']);
    expect(find(make('2026-10-01'), 'meeting:middle')?.missed).toEqual([]);
    // The deadline is what it is: trackedFrom changes only what is missed.
    expect(find(make('2026-10-01'), 'meeting:middle')?.deadline).toBe(
      find(make(), 'meeting:middle')?.deadline,
    );
  });

  it('a planned meeting after the deadline does not make the obligation planned', () => {
    const data = makeData({
      meetings: [
        { body: 'middle', date: '2026-09-01' },
        { body: 'middle', date: '2027-02-01', status: 'planned' },
      ],
    });
    expect(find(status(data, '2026-12-20'), 'meeting:middle')).toMatchObject({
      state: 'due-soon',
      deadline: '2027-01-01',
      planned: '2027-02-01',
    });
  });

  it('meetings held after as-of do not count as of that date', () => {
    const data = makeData({ meetings: [{ body: 'top', date: '2026-03-01', host: 'part-a' }] });
    expect(find(status(data, '2026-02-01'), 'meeting:top')).toMatchObject({
      last: null,
      host: 'part-a',
      deadline: '2026-12-31',
    });
  });

  it('a body without a cadence has no obligation', () => {
    const data = makeData();
    data.agreement.governance.bodies.committee = { name: 'Utvalg', meets: null };
    expect(find(status(data, '2026-01-10'), 'meeting:committee')).toBeUndefined();
  });

  it('item 10: same-day held meetings are ordered by meeting id for host rotation, not by file order', () => {
    const sameDay = (order: string[]) =>
      find(
        status(
          makeData({
            parties: ['a', 'b'],
            meetings: order.map((id) => ({
              id,
              body: 'top',
              date: '2026-06-01',
              host: id === 'x-first' ? 'a' : 'b',
            })),
          }),
          '2026-11-22',
        ),
        'meeting:top',
      )?.host;
    // x-first (host a) sorts before y-second (host b): b hosted last, a is next, in either file order.
    expect(sameDay(['x-first', 'y-second'])).toBe('a');
    expect(sameDay(['y-second', 'x-first'])).toBe('a');
  });

  it('rotation with three parties: a, b, c, then a again', () => {
    const base = { parties: ['a', 'b', 'c'] };
    const hostAfter = (hosts: string[]) =>
      find(
        status(
          makeData({
            ...base,
            meetings: hosts.map((host, i) => ({ body: 'top', date: `202${i + 1}-06-01`, host })),
          }),
          '2026-11-22',
        ),
        'meeting:top',
      )?.host;
    expect(hostAfter([])).toBe('a');
    expect(hostAfter(['a'])).toBe('b');
    expect(hostAfter(['a', 'b'])).toBe('c');
    expect(hostAfter(['a', 'b', 'c'])).toBe('a');
  });

  it('rotation with five parties follows the rotation list, not the order of parties', () => {
    const data = makeData({
      parties: ['p1', 'p2', 'p3', 'p4', 'p5'],
      meetings: [{ body: 'top', date: '2026-01-10', host: 'p5' }],
    });
    data.agreement.governance.bodies.top!.rotation = ['p3', 'p5', 'p1', 'p4', 'p2'];
    expect(find(status(data, '2026-11-22'), 'meeting:top')?.host).toBe('p1');
  });
});

describe('other obligation kinds', () => {
  const data = makeData({
    agreement: {
      validity: { from: '2025-01-01', until: '2027-01-01' },
      governance: {
        bodies: { middle: { name: 'Midt', meets: 'every 4 months', adopts: true } },
        workingGroups: { reporting: 'every 4 months' },
        evaluation: { agreement: 'yearly', actionPlans: 'every 12 months' },
      },
    },
    meetings: [
      { body: 'middle', date: '2026-09-01' },
      {
        body: 'middle',
        date: '2026-03-01',
        actions: [{ id: 'x', text: 'Gjør x', due: '2026-06-01', done: null }],
      },
    ],
    evaluations: [{ date: '2025-12-01' }],
    workingGroups: [
      {
        id: 'g',
        name: 'G',
        leader: 'p',
        members: ['p'],
        established: { date: '2026-02-01' },
        reports: [{ date: '2026-05-20' }],
      },
    ],
    actionPlans: [
      {
        file: 'action-plans/p.yaml',
        value: {
          schemaVersion: 1,
          id: 'p',
          title: 'P',
          owner: 'middle',
          status: 'adopted',
          adopted: { date: '2025-11-20', meeting: null },
          measures: [
            { id: 'm1', title: 'M1', due: '2026-10-01', done: '2026-09-01' },
            { id: 'm2', title: 'M2', due: '2026-12-01', done: '2026-12-15' },
          ],
        },
      },
      {
        file: 'action-plans/q.yaml',
        value: {
          schemaVersion: 1,
          id: 'q',
          title: 'Q',
          owner: 'middle',
          status: 'draft',
          measures: [{ id: 'm', title: 'M', due: '2026-01-01' }],
        },
      },
    ],
    subAgreements: [{ id: 's', title: 'S', validUntil: '2027-01-01' }],
  });
  const s = status(data, '2026-11-22');

  it('the annual evaluation: due by the end of the year', () => {
    expect(find(s, 'evaluation:agreement')).toMatchObject({
      state: 'ok',
      deadline: '2026-12-31',
      last: '2025-12-01',
      remaining: 1,
    });
  });

  it('a plan evaluation: adoption starts the clock (20 Nov 2025 + 12 months)', () => {
    expect(find(s, 'evaluation:plan:p')).toMatchObject({
      state: 'overdue',
      deadline: '2026-11-20',
      daysLeft: -2,
      last: null,
    });
  });

  it('working-group reports: establishment starts the clock, each report restarts it', () => {
    expect(find(s, 'report:working-group:g')).toMatchObject({
      state: 'overdue',
      deadline: '2026-09-20',
      daysLeft: -63,
      missed: [],
    });
  });

  it('item 10: an explicit reporting: null on a working group means no reports, whatever the default', () => {
    const quiet = { ...data.workingGroups[0]!, id: 'quiet', reporting: null };
    const withQuiet = { ...data, workingGroups: [...data.workingGroups, quiet] };
    expect(find(status(withQuiet, '2026-11-22'), 'report:working-group:quiet')).toBeUndefined();
    expect(find(status(withQuiet, '2026-11-22'), 'report:working-group:g')).toBeDefined();
  });

  it('item 10: a held event before the start of the clock does not move a rolling deadline', () => {
    const early = { ...data.workingGroups[0]!, reports: [{ date: '2026-01-15' }] }; // established 1 Feb
    const r = find(status({ ...data, workingGroups: [early] }, '2026-11-22'), 'report:working-group:g');
    expect(r).toMatchObject({ deadline: '2026-06-01', last: '2026-01-15', missed: [] });
  });

  it('measures: done, and done after as-of is not yet done; draft plans have none', () => {
    expect(find(s, 'measure:p/m1')).toMatchObject({ state: 'done', last: '2026-09-01' });
    expect(find(s, 'measure:p/m2')).toMatchObject({ state: 'due-soon', last: null, daysLeft: 9 });
    expect(find(s, 'measure:q/m')).toBeUndefined();
  });

  it('meeting actions fall due on their date', () => {
    expect(find(s, 'action:m-1/x')).toMatchObject({ state: 'overdue', deadline: '2026-06-01' });
  });

  it('expiry: the deadline is the day before validUntil and validity.until', () => {
    expect(find(s, 'sub-agreement:s')).toMatchObject({ deadline: '2026-12-31', state: 'ok' });
    expect(find(s, 'agreement')).toMatchObject({ deadline: '2026-12-31' });
    expect(s.state).toBe('expiring');
  });
});

describe('agreement state', () => {
  const successor = [{ id: 'next', supersedes: 'test', from: '2024-01-01' }];
  it('superseded wins over expired, and reports no obligations', () => {
    const data = makeData({ agreement: { validity: { from: '2020-01-01', until: '2024-01-01' } } });
    expect(status(data, '2026-11-22', successor)).toMatchObject({ state: 'superseded', obligations: [] });
    expect(status(data, '2026-11-22')).toMatchObject({ state: 'expired', obligations: [] });
  });

  it("superseded applies only once the successor's validity.from has come", () => {
    const data = makeData({ agreement: { validity: { from: '2020-01-01' } } });
    const planned = [{ id: 'next', supersedes: 'test', from: '2027-01-01' }];
    expect(status(data, '2026-11-22', planned).state).toBe('active');
    expect(status(data, '2026-11-22', planned).obligations.length).toBeGreaterThan(0);
    expect(status(data, '2027-01-01', planned).state).toBe('superseded');
    // A successor whose agreement.yaml did not pass its schema has no known start: it hides nothing.
    expect(status(data, '2026-11-22', [{ id: 'next', supersedes: 'test', from: null }]).state).toBe('active');
  });

  it('expired on validity.until itself, still active the day before', () => {
    const data = makeData({ agreement: { validity: { from: '2020-01-01', until: '2024-01-01' } } });
    expect(status(data, '2024-01-01').state).toBe('expired');
    expect(status(data, '2023-12-31').state).toBe('expiring');
  });

  it('not yet valid before validity.from', () => {
    expect(status(makeData(), '2024-12-31')).toMatchObject({ state: 'not-yet-valid', obligations: [] });
  });
});
