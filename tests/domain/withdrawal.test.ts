import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCalendarDate, yearOf, ymd } from '../../src/dates.js';
import { memberTest } from '../../src/domain/membership.js';
import { formatSubject, kindOf, parseSubject } from '../../src/domain/subject.js';
import { occurrences } from '../../src/domain/tracks.js';
import { leavingDay, leftOf, noticesAsOf } from '../../src/domain/withdrawal.js';
import type { Agreement } from '../../src/model/index.js';
import { addInterval } from '../../src/time/recurring.js';
import { makeData } from '../engine/make-data.js';

const d = asCalendarDate;
const SIX_YEAR_END = { notice: '6 months', effective: 'year-end' } as const;

/** Three parties, sogndal gave notice; `terms` the withdrawal clause (none: no clause). */
function regionrad(
  o: { notice?: string; left?: string; terms?: Agreement['governance']['withdrawal'] } = {},
) {
  const data = makeData({ parties: ['sogndal', 'luster', 'aurland'] });
  const [first, ...rest] = data.agreement.parties;
  data.agreement = {
    ...data.agreement,
    parties: [{ ...first!, notice: o.notice ?? '2026-08-20', ...(o.left ? { left: o.left } : {}) }, ...rest],
    governance: { ...data.agreement.governance, ...(o.terms === undefined ? {} : { withdrawal: o.terms }) },
  };
  return data;
}

const withdrawal = (data: ReturnType<typeof regionrad>, asOf: string) =>
  occurrences(data, d(asOf)).filter((t) => t.kind === 'withdrawal');

describe('leaving day (SPEC section 13)', () => {
  it('six months with effect from a turn of the year: notice 20.08.2026 leaves 01.01.2028', () => {
    expect(leavingDay(SIX_YEAR_END, d('2026-08-20'))).toBe('2028-01-01');
  });
  it('a notice period that runs out on 1 January takes effect that day', () => {
    expect(leavingDay(SIX_YEAR_END, d('2026-07-01'))).toBe('2027-01-01');
    expect(leavingDay({ notice: '90 days', effective: 'year-end' }, d('2026-10-03'))).toBe('2027-01-01');
  });
  it('effective notice: the day the notice runs out (31 August plus six months is 28 February)', () => {
    expect(leavingDay({ notice: '6 months', effective: 'notice' }, d('2026-08-20'))).toBe('2027-02-20');
    expect(leavingDay({ notice: '6 months', effective: 'notice' }, d('2026-08-31'))).toBe('2027-02-28');
    expect(leavingDay({ notice: '1 month', effective: 'notice' }, d('2026-08-20'))).toBe('2026-09-20');
  });
  it('a written left wins over the notice', () => {
    const data = regionrad({ terms: SIX_YEAR_END, left: '2027-07-01' });
    expect(leftOf(data.agreement, data.agreement.parties[0]!)).toBe('2027-07-01');
  });

  it('property: with effect from a turn of the year the leaving day is a 1 January, never before notice plus period', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1950, 0, 1)),
          max: new Date(Date.UTC(2900, 11, 31)),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (date, n, months) => {
          const notice = ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
          const terms = { notice: months ? `${n} months` : `${n * 30} days`, effective: 'year-end' } as const;
          const left = leavingDay(terms, notice)!;
          const runsOut = addInterval(notice, months ? 'months' : 'days', months ? n : n * 30);
          expect(left.slice(5)).toBe('01-01');
          expect(left >= runsOut).toBe(true);
          // The first such 1 January: the one a year earlier is before the notice ran out.
          expect(ymd(yearOf(left) - 1, 1, 1) < runsOut).toBe(true);
        },
      ),
    );
  });
});

describe('withdrawal:<party> (SPEC section 13)', () => {
  it('is one typed subject, written and read back in one place', () => {
    const subject = parseSubject('withdrawal:sogndal');
    expect(subject).toEqual({ kind: 'withdrawal', party: 'sogndal' });
    expect(formatSubject(subject!)).toBe('withdrawal:sogndal');
    expect(kindOf(subject!)).toBe('withdrawal');
  });
  it('falls due the day before the leaving day and names it', () => {
    const [track] = withdrawal(regionrad({ terms: SIX_YEAR_END }), '2027-11-01');
    expect(track?.id).toBe('withdrawal:sogndal');
    expect(track?.now?.occurrence.deadline).toBe('2027-12-31');
    expect(track?.now?.done).toBe(false);
    expect(track?.title).toEqual({
      id: 'obligation.withdrawal',
      params: { party: 'SOGNDAL', date: { date: '2028-01-01' } },
    });
  });
  it('with effective notice it falls due the day before the notice runs out', () => {
    const [track] = withdrawal(
      regionrad({ terms: { notice: '6 months', effective: 'notice' } }),
      '2026-09-01',
    );
    expect(track?.now?.occurrence.deadline).toBe('2027-02-19');
  });
  it('is done on the leaving day', () => {
    const [track] = withdrawal(regionrad({ terms: SIX_YEAR_END }), '2028-01-01');
    expect(track?.now?.done).toBe(true);
    expect(track?.now?.last).toBe('2028-01-01');
  });
  it('a notice dated after as-of is ignored', () => {
    expect(withdrawal(regionrad({ terms: SIX_YEAR_END }), '2026-08-19')).toEqual([]);
    expect(withdrawal(regionrad({ terms: SIX_YEAR_END }), '2026-08-20')).toHaveLength(1);
  });
  it('without governance.withdrawal a notice makes no obligation and changes no membership', () => {
    const data = regionrad();
    expect(withdrawal(data, '2027-11-01')).toEqual([]);
    expect(memberTest(data.agreement, 'parties')('sogndal', '2030-01-01')).toBe(true);
  });
  it('a written left is the leaving day of the obligation', () => {
    const [track] = withdrawal(regionrad({ terms: SIX_YEAR_END, left: '2028-07-01' }), '2027-11-01');
    expect(track?.now?.occurrence.deadline).toBe('2028-06-30');
  });
});

describe('membership from a notice (SPEC sections 12 and 13)', () => {
  it('the party is a member until the day before its leaving day', () => {
    const member = memberTest(regionrad({ terms: SIX_YEAR_END }).agreement, 'parties');
    expect(member('sogndal', '2027-12-31')).toBe(true);
    expect(member('sogndal', '2028-01-01')).toBe(false);
  });
  it('as of a day before the notice, the notice is not there', () => {
    const data = regionrad({ terms: SIX_YEAR_END });
    expect(noticesAsOf(data, d('2026-08-19')).agreement.parties[0]?.notice).toBeUndefined();
    expect(noticesAsOf(data, d('2026-08-20'))).toBe(data);
  });
  it('a rotation skips the party from its leaving day on', () => {
    const data = regionrad({ terms: SIX_YEAR_END });
    data.meetingFiles = [
      {
        file: 'meetings/all.yaml',
        value: [{ id: 'm-2027', body: 'top', date: '2027-03-01', status: 'held', host: 'aurland' }],
      },
    ];
    const top = occurrences(data, d('2027-11-01'), d('2028-12-31')).find((t) => t.id === 'meeting:top');
    const in2028 = top?.occurrences.find((o) => o.period === '2028');
    // After aurland comes sogndal, who has left by 2028: luster hosts.
    expect(in2028?.holders?.host).toBe('luster');
  });
});
