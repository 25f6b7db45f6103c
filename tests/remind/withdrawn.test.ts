import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import { parseMeetingTime } from '../../src/model/meeting-time.js';
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
    const planned = makeData({
      meetings: [
        { body: 'top', date: '2026-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-08-01' },
        { body: 'middle', date: '2026-12-10', status: 'planned', time: '10:00', place: 'Rådhuset' },
      ],
    });
    const before = remind(planned, '2026-12-01', 30);
    const reminder = before.active.find((r) => r.kind === 'meeting' && r.date === '2026-12-10')!;
    expect(reminder.at).toEqual({ time: parseMeetingTime('10:00'), place: 'Rådhuset', online: null });

    const held = makeData({
      meetings: [
        { body: 'top', date: '2026-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-08-01' },
        { body: 'middle', date: '2026-12-10', time: '10:00', place: 'Rådhuset' },
      ],
    });
    const after = remind(held, '2026-12-12', 30);
    expect(after.withdrawn).toEqual([
      {
        subject: 'meeting:middle',
        kind: 'meeting',
        title: { id: 'obligation.meeting', params: { body: 'Midt' } },
        day: '2026-12-10',
        resolvedOn: '2026-12-10',
        at: { time: { start: '10:00', end: '11:00', written: false }, place: 'Rådhuset', online: null },
        uidKey: reminder.uidKey,
      },
    ]);
    // The meeting of 2026-08-01 was held long before the window.
    expect(after.withdrawn.some((w) => w.resolvedOn === '2026-08-01')).toBe(false);
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
