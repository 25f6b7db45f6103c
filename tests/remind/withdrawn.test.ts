import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import { parseMeetingTime } from '../../src/model/meeting-time.js';
import { workingDays } from '../../src/plan/working-days.js';
import { yearPlan } from '../../src/plan/year-plan.js';
import { reminders } from '../../src/remind/reminders.js';
import { withdrawnReminders } from '../../src/remind/withdrawn.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 14: a reminder resolved within the window (its obligation satisfied by an event
// dated in [as-of − within, as-of]) is withdrawn from the reminder file under its own UID.

const noHolidays = () => false;

function remind(data: ReturnType<typeof makeData>, asOf: string, within: number) {
  const tracks = occurrences(data, d(asOf));
  const status = agreementStatus(data, d(asOf), [], tracks);
  return {
    active: reminders({ data, status, asOf: d(asOf), within, isHoliday: noHolidays, tracks }),
    withdrawn: withdrawnReminders({ data, asOf: d(asOf), within, tracks }),
  };
}

function withMeasure(done: string | null) {
  return makeData({
    meetings: [
      { body: 'top', date: '2026-06-01', host: 'part-a' },
      { body: 'middle', date: '2026-11-01' },
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
          adopted: { date: '2026-01-10', meeting: null },
          measures: [{ id: 'm1', title: 'Felles kartlegging', due: '2027-01-15', done }],
        },
      },
    ],
  });
}

describe('withdrawn reminders', () => {
  it('a measure done within the window withdraws the reminder that stood on its deadline', () => {
    const before = remind(withMeasure(null), '2027-01-05', 30);
    const reminder = before.active.find((r) => r.subject === 'measure:p/m1')!;
    expect(reminder.uidKey).toBe('test/measure:p/m1/due');
    expect(before.withdrawn.filter((w) => w.subject === 'measure:p/m1')).toEqual([]);

    const after = remind(withMeasure('2027-01-10'), '2027-01-12', 30);
    expect(after.active.some((r) => r.subject === 'measure:p/m1')).toBe(false);
    expect(after.withdrawn.filter((w) => w.subject === 'measure:p/m1')).toEqual([
      {
        subject: 'measure:p/m1',
        kind: 'deadline',
        by: 'done',
        title: { id: 'obligation.measure', params: { measure: 'Felles kartlegging', plan: 'P' } },
        day: '2027-01-15',
        resolvedOn: '2027-01-10',
        at: null,
        uidKey: reminder.uidKey,
      },
    ]);
  });

  it('the window is [as-of − within, as-of], both ends included', () => {
    // Done 2027-01-10: within 30 days of 2027-02-09, not of 2027-02-10; not before it was done.
    const on = (asOf: string) =>
      remind(withMeasure('2027-01-10'), asOf, 30).withdrawn.filter((w) => w.subject === 'measure:p/m1')
        .length;
    expect(on('2027-01-09')).toBe(0);
    expect(on('2027-01-10')).toBe(1);
    expect(on('2027-02-09')).toBe(1);
    expect(on('2027-02-10')).toBe(0);
  });

  it('a planned meeting held in the window withdraws its reminder, at its hour', () => {
    // Planned in time: due by 15.12.2026, four months after the last.
    const planned = makeData({
      meetings: [
        { body: 'top', date: '2026-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-08-15' },
        { body: 'middle', date: '2026-12-10', status: 'planned', time: '10:00', place: 'Rådhuset' },
      ],
    });
    const before = remind(planned, '2026-12-01', 30);
    const reminder = before.active.find((r) => r.kind === 'meeting' && r.date === '2026-12-10')!;
    expect(reminder.at).toEqual({ time: parseMeetingTime('10:00'), place: 'Rådhuset', online: null });

    const held = makeData({
      meetings: [
        { body: 'top', date: '2026-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-08-15' },
        { body: 'middle', date: '2026-12-10', time: '10:00', place: 'Rådhuset' },
      ],
    });
    const after = remind(held, '2026-12-12', 30);
    expect(after.withdrawn).toEqual([
      {
        subject: 'meeting:middle',
        kind: 'meeting',
        by: 'held',
        title: { id: 'obligation.meeting', params: { body: 'Midt' } },
        day: '2026-12-10',
        resolvedOn: '2026-12-10',
        at: { time: { start: '10:00', end: '11:00', written: false }, place: 'Rådhuset', online: null },
        uidKey: reminder.uidKey,
      },
    ]);
    // The meeting of 2026-08-15 was held long before the window.
    expect(after.withdrawn.some((w) => w.resolvedOn === '2026-08-15')).toBe(false);
  });
});

/** Middle (every 4 months from 2025-01-01) never met: its first slot fell due 2025-05-01. */
function lateMiddle(status: 'planned' | 'held' | 'cancelled') {
  return makeData({
    meetings: [
      { body: 'top', date: '2026-06-01', host: 'part-a' },
      { body: 'middle', date: '2026-12-01', status },
    ],
  });
}

/** The year plan's key of each event of the feed (calendar --format ics), by kind and date. */
function feedKeys(data: ReturnType<typeof makeData>, asOf: string) {
  const plan = yearPlan({
    data,
    asOf: d(asOf),
    from: d('2026-01-01'),
    to: d('2026-12-31'),
    days: workingDays(noHolidays, null),
    live: true,
  });
  return new Map(plan.map((e) => [`${e.kind} ${e.date}`, e.key]));
}

describe('one UID, one event (docs/decisions.md)', () => {
  it("a meeting planned after its deadline keeps the slot's UID, as in the feed; the deadline beside it has its own", () => {
    const { active } = remind(lateMiddle('planned'), '2026-11-22', 30);
    const middle = active.filter((r) => r.subject === 'meeting:middle');
    expect(middle.map((r) => [r.kind, r.deadline, r.uidKey])).toEqual([
      ['deadline', '2025-05-01', 'test/meeting:middle/#1/deadline'],
      ['meeting', '2025-05-01', 'test/meeting:middle/#1'],
    ]);
    const keys = active.map((r) => r.uidKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(feedKeys(lateMiddle('planned'), '2026-11-22').get('meeting 2026-12-01')).toBe(
      'test/meeting:middle/#1',
    );
  });

  it("a meeting planned in time is the slot's one reminder; nothing else takes its UID", () => {
    const { active } = remind(
      makeData({
        meetings: [
          { body: 'top', date: '2026-06-01', host: 'part-a' },
          { body: 'middle', date: '2026-09-01' },
          { body: 'middle', date: '2026-12-01', status: 'planned' },
        ],
      }),
      '2026-11-22',
      30,
    );
    expect(active.filter((r) => r.subject === 'meeting:middle').map((r) => [r.kind, r.uidKey])).toEqual([
      ['meeting', 'test/meeting:middle/#2'],
    ]);
  });

  it("two meetings a quarter, one planned: the deadline is the open slot's, the one the feed proposes", () => {
    const data = makeData({
      agreement: {
        governance: { bodies: { top: { name: 'Topp', meets: '2 per quarter', host: 'rotate' } } },
      },
      meetings: [{ body: 'top', date: '2026-12-01', status: 'planned', host: 'part-a' }],
    });
    const { active } = remind(data, '2026-11-22', 60);
    expect(active.map((r) => [r.kind, r.uidKey])).toEqual([
      ['meeting', 'test/meeting:top/2026-Q4'],
      ['deadline', 'test/meeting:top/2026-Q4#2'],
    ]);
    const feed = yearPlan({
      data,
      asOf: d('2026-11-22'),
      from: d('2026-01-01'),
      to: d('2026-12-31'),
      days: workingDays(noHolidays, null),
      live: true,
    });
    expect(
      feed.filter((e) => e.key.startsWith('test/meeting:top/2026-Q4')).map((e) => [e.kind, e.key]),
    ).toEqual([
      ['meeting', 'test/meeting:top/2026-Q4'],
      ['proposed', 'test/meeting:top/2026-Q4#2'],
    ]);
  });

  it("a late meeting whose day passed unrecorded: the slot's reminder says so, the deadline beside it is withdrawn", () => {
    const { active, withdrawn } = remind(lateMiddle('planned'), '2026-12-03', 30);
    expect(active.filter((r) => r.subject === 'meeting:middle').map((r) => [r.state, r.uidKey])).toEqual([
      ['unrecorded', 'test/meeting:middle/#1'],
    ]);
    expect(withdrawn.map((w) => [w.kind, w.by, w.uidKey])).toEqual([
      ['deadline', 'unrecorded', 'test/meeting:middle/#1/deadline'],
    ]);
  });

  it('held after its deadline: the meeting and the deadline beside it are both withdrawn', () => {
    const before = remind(lateMiddle('planned'), '2026-11-22', 30).active;
    const { active, withdrawn } = remind(lateMiddle('held'), '2026-12-05', 30);
    const gone = withdrawn.filter((w) => w.subject === 'meeting:middle');
    expect(gone.map((w) => [w.kind, w.by, w.day, w.uidKey])).toEqual([
      ['deadline', 'held', '2025-05-01', 'test/meeting:middle/#1/deadline'],
      ['meeting', 'held', '2026-12-01', 'test/meeting:middle/#1'],
    ]);
    expect(gone.map((w) => w.uidKey).sort()).toEqual(
      before
        .filter((r) => r.subject === 'meeting:middle')
        .map((r) => r.uidKey!)
        .sort(),
    );
    expect(active.some((r) => gone.some((w) => w.uidKey === r.uidKey))).toBe(false);
  });
});

describe('cancelled meetings (record cancel) are withdrawn', () => {
  function yearly(status: 'planned' | 'cancelled') {
    return makeData({
      meetings: [
        { body: 'top', date: '2025-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-09-01' },
        { body: 'top', date: '2026-12-08', host: 'part-b', status, time: '10:00' },
      ],
    });
  }

  it('a planned meeting cancelled: its reminder is withdrawn under the same UID, at its hour', () => {
    const before = remind(yearly('planned'), '2026-11-22', 30).active;
    const reminder = before.find((r) => r.kind === 'meeting' && r.subject === 'meeting:top')!;
    expect(reminder.uidKey).toBe('test/meeting:top/2026');
    const { active, withdrawn } = remind(yearly('cancelled'), '2026-11-22', 30);
    // The deadline (31.12.2026) lies outside the window: nothing else takes the UID.
    expect(active.some((r) => r.uidKey === reminder.uidKey)).toBe(false);
    expect(withdrawn).toEqual([
      {
        subject: 'meeting:top',
        kind: 'meeting',
        by: 'cancelled',
        title: { id: 'obligation.meeting', params: { body: 'Topp' } },
        day: '2026-12-08',
        resolvedOn: '2026-12-08',
        at: { time: parseMeetingTime('10:00'), place: null, online: null },
        uidKey: reminder.uidKey,
      },
    ]);
  });

  it('the window: a cancelled meeting dated within [as-of − within, as-of + within]', () => {
    const on = (asOf: string) => remind(yearly('cancelled'), asOf, 30).withdrawn.length;
    expect(on('2026-11-07')).toBe(0);
    expect(on('2026-11-08')).toBe(1);
    expect(on('2027-01-07')).toBe(1);
    expect(on('2027-01-08')).toBe(0);
  });

  it("a late meeting cancelled: the deadline takes its slot's UID again, the late deadline's is withdrawn", () => {
    const before = remind(lateMiddle('planned'), '2026-11-22', 30).active;
    const { active, withdrawn } = remind(lateMiddle('cancelled'), '2026-11-22', 30);
    expect(active.filter((r) => r.subject === 'meeting:middle').map((r) => [r.kind, r.uidKey])).toEqual([
      ['deadline', 'test/meeting:middle/#1'],
    ]);
    expect(withdrawn.map((w) => [w.kind, w.by, w.uidKey])).toEqual([
      ['deadline', 'cancelled', 'test/meeting:middle/#1/deadline'],
      ['meeting', 'cancelled', 'test/meeting:middle/#1'],
    ]);
    // In the file, the slot's UID is the deadline's (app/remind.ts drops what is reminded of).
    expect(before.map((r) => r.uidKey)).toContain('test/meeting:middle/#1/deadline');
  });
});

describe('meeting times', () => {
  it('HH:MM lasts an hour; HH:MM-HH:MM ends at its end; 25:00 and an end before the start are no time', () => {
    expect(parseMeetingTime('10:00')).toEqual({ start: '10:00', end: '11:00', written: false });
    expect(parseMeetingTime('09:15-11:45')).toEqual({ start: '09:15', end: '11:45', written: true });
    expect(parseMeetingTime('23:30')).toEqual({ start: '23:30', end: '00:30', written: false });
    expect(parseMeetingTime('25:00')).toBeNull();
    expect(parseMeetingTime('9:00')).toBeNull();
    expect(parseMeetingTime('11:00-10:00')).toBeNull();
    expect(parseMeetingTime('10:00-10:00')).toBeNull();
  });
});
