import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { Meeting } from '../../src/model/index.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 13: "referat sendes på høring og godkjennes i neste møte". Dates worked out by hand.
type Given = Array<Partial<Meeting> & Pick<Meeting, 'body' | 'date'>>;

function data(minutes: { days?: number; approval?: string } | null, meetings: Given, extra = {}) {
  const made = makeData({ meetings });
  made.agreement.governance = {
    ...made.agreement.governance,
    ...(minutes ? { minutes } : {}),
    ...extra,
  };
  return made;
}

const NONE: Array<{ id: string; supersedes: string | null; from: string | null }> = [];
const minutesOf = (made: ReturnType<typeof data>, asOf: string, meeting = 'm-0') =>
  agreementStatus(made, d(asOf), NONE).obligations.find((o) => o.subject === `minutes:${meeting}`);

const HELD = { body: 'middle', date: '2027-03-01', id: 'm-0' } as const;

describe('minutes:<meeting> (SPEC section 13)', () => {
  it('missing minutes are due `days` after the meeting: due soon before, overdue after', () => {
    const made = data({ days: 14 }, [HELD]);
    expect(minutesOf(made, '2027-03-10')).toMatchObject({
      kind: 'minutes',
      state: 'due-soon',
      deadline: '2027-03-15',
      daysLeft: 5,
      body: 'middle',
      title: { id: 'obligation.minutes' },
    });
    expect(minutesOf(made, '2027-03-15')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    expect(minutesOf(made, '2027-03-16')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('days defaults to 14, else governance.minutesDays; minutes.days wins over minutesDays', () => {
    expect(minutesOf(data({}, [HELD]), '2027-03-02')?.deadline).toBe('2027-03-15');
    expect(minutesOf(data({}, [HELD], { minutesDays: 7 }), '2027-03-02')?.deadline).toBe('2027-03-08');
    expect(minutesOf(data({ days: 21 }, [HELD], { minutesDays: 7 }), '2027-03-02')?.deadline).toBe(
      '2027-03-22',
    );
  });

  it('written minutes with no approval required are done', () => {
    const made = data({ days: 14 }, [{ ...HELD, minutes: 'https://arkiv.example/referat' }]);
    expect(minutesOf(made, '2027-03-20')).toMatchObject({ state: 'done', deadline: '2027-03-15' });
  });

  it('approval next-meeting: due at the next meeting, planned while it is only planned', () => {
    const made = data({ approval: 'next-meeting' }, [
      { ...HELD, minutes: 'referat.pdf' },
      { body: 'top', date: '2027-04-01', id: 'other-body' },
      { body: 'middle', date: '2027-05-01', id: 'm-1', status: 'cancelled' },
      { body: 'middle', date: '2027-06-02', id: 'm-2', status: 'planned' },
    ]);
    expect(minutesOf(made, '2027-04-10')).toMatchObject({
      state: 'planned',
      deadline: '2027-06-02',
      planned: '2027-06-02',
      title: { id: 'obligation.minutes-approval' },
    });
    // The planned meeting passed without being recorded: the approval is late.
    expect(minutesOf(made, '2027-06-03')).toMatchObject({ state: 'overdue', deadline: '2027-06-02' });
  });

  it('approval next-meeting: a held next meeting that did not approve them leaves them overdue', () => {
    const made = data({ approval: 'next-meeting' }, [
      { ...HELD, minutes: 'referat.pdf' },
      { body: 'middle', date: '2027-06-02', id: 'm-2' },
    ]);
    expect(minutesOf(made, '2027-06-10')).toMatchObject({
      state: 'overdue',
      deadline: '2027-06-02',
      daysLeft: -8,
    });
  });

  it('approval next-meeting with no next meeting yet: due when the body next has to meet', () => {
    // middle meets every 4 months: after 1 March the next meeting is due by 1 July.
    const made = data({ approval: 'next-meeting' }, [{ ...HELD, minutes: 'referat.pdf' }]);
    expect(minutesOf(made, '2027-03-20')).toMatchObject({ state: 'ok', deadline: '2027-07-01' });
  });

  it('missing minutes come first: the approval step follows once they are written', () => {
    const made = data({ days: 10, approval: 'next-meeting' }, [
      HELD,
      { body: 'middle', date: '2027-06-02', id: 'm-2', status: 'planned' },
    ]);
    expect(minutesOf(made, '2027-03-05')).toMatchObject({
      deadline: '2027-03-11',
      title: { id: 'obligation.minutes' },
    });
  });

  it('approval <n> days: counted from the meeting', () => {
    const made = data({ approval: '30 days' }, [{ ...HELD, minutes: 'referat.pdf' }]);
    expect(minutesOf(made, '2027-03-20')).toMatchObject({ state: 'due-soon', deadline: '2027-03-31' });
    expect(minutesOf(made, '2027-04-01')).toMatchObject({ state: 'overdue' });
  });

  it('approved minutes are done, from the day of the approval on', () => {
    const made = data({ approval: 'next-meeting' }, [
      { ...HELD, minutes: { ref: 'referat.pdf', approved: '2027-06-02', at: 'm-2' } },
      { body: 'middle', date: '2027-06-02', id: 'm-2' },
    ]);
    expect(minutesOf(made, '2027-06-02')).toMatchObject({
      state: 'done',
      deadline: '2027-06-02',
      last: '2027-06-02',
    });
    // As of the day before, the approval has not happened yet.
    expect(minutesOf(made, '2027-06-01')).toMatchObject({ state: 'planned', last: null });
  });

  it('no obligation for meetings before trackedFrom, planned ones, or without governance.minutes', () => {
    const meetings: Given = [
      { body: 'middle', date: '2026-12-01', id: 'old' },
      { ...HELD },
      { body: 'middle', date: '2027-06-02', id: 'ahead', status: 'planned' },
    ];
    const tracked = data({}, meetings, { trackedFrom: '2027-01-01' });
    const subjects = (made: ReturnType<typeof data>) =>
      occurrences(made, d('2027-03-10'))
        .filter((t) => t.kind === 'minutes')
        .map((t) => t.id);
    expect(subjects(tracked)).toEqual(['minutes:m-0']);
    expect(subjects(data({}, meetings))).toEqual(['minutes:old', 'minutes:m-0']);
    expect(subjects(data(null, meetings, { minutesDays: 7 }))).toEqual([]);
  });
});
