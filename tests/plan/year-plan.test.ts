import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, asCalendarDate as d } from '../../src/dates.js';
import type { AgreementData } from '../../src/model/index.js';
import { workingDays } from '../../src/plan/working-days.js';
import { type PlanEvent, yearPlan } from '../../src/plan/year-plan.js';
import { norwegianPublicHolidays } from '../../src/remind/norwegian-holidays.js';
import { makeData } from '../engine/make-data.js';

const isHoliday = norwegianPublicHolidays();

function plan(data: AgreementData, asOf: string, from = '2027-01-01', to = '2027-12-31'): PlanEvent[] {
  return yearPlan({
    data,
    asOf: d(asOf),
    from: d(from),
    to: d(to),
    days: workingDays(isHoliday, data.agreement.governance.calendar),
    live: true,
  });
}

/** Top yearly (rotating), middle tertial, evaluation yearly: the Buskerud shape. */
function buskerud(meetings: NonNullable<Parameters<typeof makeData>[0]>['meetings'] = []): AgreementData {
  const data = makeData({ meetings, evaluations: [] });
  data.agreement.governance.bodies.middle!.meets = 'tertial';
  data.agreement.governance.evaluation = { agreement: 'yearly' };
  return data;
}

const of = (events: PlanEvent[], subject: string) => events.filter((e) => e.subject === subject);

describe('the year plan (SPEC section 9)', () => {
  it('proposes a date for each required meeting nothing plans: one top, three middle, on working days', () => {
    const events = plan(buskerud(), '2026-11-22');
    const top = of(events, 'meeting:top');
    expect(top.map((e) => [e.kind, e.status, e.deadline])).toEqual([['proposed', 'proposed', '2027-12-31']]);
    const middle = of(events, 'meeting:middle');
    expect(middle.map((e) => e.deadline)).toEqual(['2027-04-30', '2027-08-31', '2027-12-31']);
    expect(middle.map((e) => e.key)).toEqual([
      'test/meeting:middle/2027-T1',
      'test/meeting:middle/2027-T2',
      'test/meeting:middle/2027-T3',
    ]);
    const days = workingDays(isHoliday, null);
    for (const e of [...top, ...middle]) {
      expect(days.dayOff(e.date), e.date).toBeNull();
      expect(e.date <= e.deadline!).toBe(true);
    }
  });

  it('keeps one identity from deadline to planned to held meeting', () => {
    const asOf = '2027-01-10';
    const open = of(plan(buskerud(), asOf), 'meeting:middle')[0]!;
    expect(open).toMatchObject({ kind: 'proposed', status: 'proposed' });
    const planned = of(
      plan(buskerud([{ body: 'middle', date: '2027-03-04', status: 'planned' }]), asOf),
      'meeting:middle',
    ).filter((e) => e.kind === 'meeting')[0]!;
    expect(planned).toMatchObject({ status: 'planned', date: '2027-03-04', key: open.key });
    const held = of(
      plan(buskerud([{ body: 'middle', date: '2027-03-04', status: 'held' }]), '2027-03-05'),
      'meeting:middle',
    ).filter((e) => e.kind === 'meeting')[0]!;
    expect(held).toMatchObject({ status: 'held', key: open.key });
  });

  it('keeps the identity of a rolling cadence slot from proposal to held meeting', () => {
    const rolling = (meetings: NonNullable<Parameters<typeof makeData>[0]>['meetings']) => {
      const data = makeData({ meetings });
      data.agreement.governance.bodies.middle!.meets = 'every 4 months';
      return data;
    };
    const first = [{ body: 'middle', date: '2026-12-01' }];
    const open = of(plan(rolling(first), '2027-01-10'), 'meeting:middle').find((e) => e.kind === 'proposed')!;
    expect(open.deadline).toBe('2027-04-01');
    const held = of(
      plan(rolling([...first, { body: 'middle', date: '2027-03-15' }]), '2027-03-20'),
      'meeting:middle',
    ).find((e) => e.date === '2027-03-15')!;
    expect(held).toMatchObject({ kind: 'meeting', status: 'held', key: open.key });
  });

  it('never proposes a date before as-of plus noticeDays', () => {
    const events = plan(buskerud(), '2027-04-25');
    const t1 = of(events, 'meeting:middle').find((e) => e.deadline === '2027-04-30')!;
    // 25 April + 14 days is 9 May, after the tertial: proposed late, and it says so by its date.
    expect(t1.kind).toBe('proposed');
    expect(t1.date >= '2027-05-09').toBe(true);
  });

  it('a period that passed without its meeting stays as an overdue deadline', () => {
    const events = plan(buskerud(), '2027-06-01');
    const t1 = of(events, 'meeting:middle').find((e) => e.deadline === '2027-04-30')!;
    expect(t1).toMatchObject({ kind: 'deadline', status: 'overdue', date: '2027-04-30' });
  });

  it('moves a deadline on a non-working day to the last working day before, keeping the formal one', () => {
    const evaluation = of(plan(buskerud(), '2026-11-22'), 'evaluation:agreement')[0]!;
    expect(evaluation).toMatchObject({
      kind: 'deadline',
      status: 'open',
      deadline: '2027-12-31',
      date: '2027-12-23',
    });
    expect(evaluation.skipped.map((s) => s.date)).toContain('2027-12-24');
  });

  it('a met deadline stays, done', () => {
    const data = buskerud();
    data.evaluations = [{ date: '2027-06-10', summary: 'Årsrapport' }];
    const evaluation = of(plan(data, '2027-07-01'), 'evaluation:agreement')[0]!;
    expect(evaluation).toMatchObject({
      status: 'done',
      doneOn: '2027-06-10',
      key: 'test/evaluation:agreement/2027',
    });
  });

  it('gives each planned meeting its notice day, noticeDays before, on a working day', () => {
    const events = plan(
      buskerud([{ body: 'top', date: '2027-10-18', status: 'planned', host: 'part-a' }]),
      '2027-01-10',
    );
    const notice = events.find((e) => e.kind === 'notice')!;
    // 18 October minus 14 days is Monday 4 October.
    expect(notice).toMatchObject({ date: '2027-10-04', deadline: '2027-10-18', status: 'open', body: 'top' });
  });

  it('names the meeting in the notice as status does, a working group with the word (issue 27)', () => {
    const data = buskerud([
      { body: 'top', date: '2027-10-18', status: 'planned', host: 'part-a' },
      { body: 'ungdom', date: '2027-03-10', status: 'planned' },
    ]);
    data.workingGroups = [
      { id: 'ungdom', name: 'Ungdom i opplæring', leader: 'x', members: [], meets: 'tertial' },
    ];
    const notices = plan(data, '2027-01-10').filter((e) => e.kind === 'notice');
    expect(notices.map((e) => [e.body, e.title.id])).toEqual([
      ['ungdom', 'calendar.notice-group'],
      ['top', 'calendar.notice'],
    ]);
  });

  it('a cancelled meeting stays, cancelled, and the slot is proposed again', () => {
    const events = plan(buskerud([{ body: 'top', date: '2027-10-18', status: 'cancelled' }]), '2027-01-10');
    const top = of(events, 'meeting:top');
    expect(top.map((e) => [e.kind, e.status])).toEqual(
      expect.arrayContaining([
        ['meeting', 'cancelled'],
        ['notice', 'cancelled'],
        ['proposed', 'proposed'],
      ]),
    );
  });

  it('no two events of a plan share an identity, and all fall in the period (property)', () => {
    const base = d('2026-01-01');
    const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays(base, n));
    fc.assert(
      fc.property(
        fc.constantFrom('yearly', 'tertial', '3 per year', 'every 4 months', 'every 6 weeks', 'monthly'),
        fc.array(
          fc.tuple(
            day,
            fc.constantFrom('held', 'planned', 'cancelled') as fc.Arbitrary<'held' | 'planned' | 'cancelled'>,
          ),
          {
            maxLength: 8,
          },
        ),
        day,
        (meets, list, asOf) => {
          const data = buskerud(list.map(([date, status]) => ({ body: 'middle', date, status })));
          data.agreement.governance.bodies.middle!.meets = meets;
          const events = plan(data, asOf, '2026-06-01', '2027-12-31');
          const keys = events.map((e) => e.key);
          expect(new Set(keys).size).toBe(keys.length);
          const earliest = addDays(asOf as CalendarDate, 14);
          const days = workingDays(isHoliday, null);
          for (const e of events) {
            expect(e.date >= '2026-06-01' && e.date <= '2027-12-31').toBe(true);
            if (e.kind === 'proposed') {
              expect(e.date >= earliest, `${e.date} before ${earliest}`).toBe(true);
              expect(days.dayOff(e.date)).toBeNull();
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
