import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, asCalendarDate as d } from '../../src/dates.js';
import { formatSubject, parseSubject } from '../../src/domain/subject.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { Meeting } from '../../src/model/index.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 13: "SSU er programkomité for partnarskapsmøtet": middle prepares every meeting of
// top within 30 days before it. Dates worked out by hand.
type Given = Array<Partial<Meeting> & Pick<Meeting, 'body' | 'date'>>;

function data(meetings: Given, within = '30 days', extra = {}) {
  const made = makeData({ meetings });
  const bodies = made.agreement.governance.bodies;
  made.agreement.governance = {
    ...made.agreement.governance,
    bodies: { ...bodies, middle: { ...bodies.middle!, prepares: { body: 'top', within } } },
    ...extra,
  };
  return made;
}

const NONE: Array<{ id: string; supersedes: string | null; from: string | null }> = [];
const prepareOf = (made: ReturnType<typeof data>, asOf: string, meeting = 'top-m') =>
  agreementStatus(made, d(asOf), NONE).obligations.find((o) => o.subject === `prepare:middle:${meeting}`);

// The top meeting of 15 June 2027: window 16 May – 15 June, deadline 14 June.
const TOP = { body: 'top', date: '2027-06-15', id: 'top-m', status: 'planned' } as const;

describe('prepare:<body>:<meeting> (SPEC section 13)', () => {
  it('the subject is one typed value: written and read back', () => {
    const subject = { kind: 'prepare', body: 'ssu', meeting: '2027-06-15-top' } as const;
    expect(formatSubject(subject)).toBe('prepare:ssu:2027-06-15-top');
    expect(parseSubject('prepare:ssu:2027-06-15-top')).toEqual(subject);
    expect(parseSubject('prepare:ssu')).toBeNull();
  });

  it('due the day before the meeting: ok, due soon, then overdue', () => {
    const made = data([TOP]);
    expect(prepareOf(made, '2027-04-01')).toMatchObject({
      kind: 'prepare',
      state: 'ok',
      deadline: '2027-06-14',
      body: 'middle',
      title: { id: 'obligation.prepare' },
      missed: [],
    });
    expect(prepareOf(made, '2027-06-01')).toMatchObject({ state: 'due-soon', daysLeft: 13 });
    expect(prepareOf(made, '2027-06-15')).toMatchObject({ state: 'overdue', daysLeft: -1, missed: [] });
  });

  it('once the meeting has passed unprepared, its window is missed', () => {
    const made = data([{ ...TOP, status: 'held' }]);
    expect(prepareOf(made, '2027-06-20')).toMatchObject({
      state: 'overdue',
      deadline: '2027-06-14',
      missed: ['2027-05-16/2027-06-15'],
    });
  });

  it('a planned meeting of the preparing body in the window makes it planned', () => {
    const made = data([TOP, { body: 'middle', date: '2027-06-01', id: 'mid', status: 'planned' }]);
    expect(prepareOf(made, '2027-05-20')).toMatchObject({ state: 'planned', planned: '2027-06-01' });
    // One before the window does not.
    const early = data([TOP, { body: 'middle', date: '2027-05-15', id: 'mid', status: 'planned' }]);
    expect(prepareOf(early, '2027-05-01')).toMatchObject({ state: 'ok', planned: null });
  });

  it('a held meeting in the window, both ends included, makes it done; one a day early does not', () => {
    const held = { ...TOP, status: 'held' as const };
    for (const date of ['2027-05-16', '2027-06-01', '2027-06-15'])
      expect(prepareOf(data([held, { body: 'middle', date, id: 'mid' }]), '2027-06-20'), date).toMatchObject({
        state: 'done',
        last: date,
        missed: [],
      });
    expect(
      prepareOf(data([held, { body: 'middle', date: '2027-05-15', id: 'mid' }]), '2027-06-20'),
    ).toMatchObject({ state: 'overdue' });
    // A meeting of another body does not prepare it.
    expect(
      prepareOf(data([held, { body: 'top', date: '2027-06-01', id: 'other' }]), '2027-06-20'),
    ).toMatchObject({
      state: 'overdue',
    });
  });

  it('within 0 days: only the same day, and the deadline is the meeting itself', () => {
    const made = data([TOP], '0 days');
    expect(prepareOf(made, '2027-06-01')).toMatchObject({ deadline: '2027-06-15' });
    const same = data(
      [
        { ...TOP, status: 'held' },
        { body: 'middle', date: '2027-06-15', id: 'mid' },
      ],
      '0 days',
    );
    expect(prepareOf(same, '2027-06-15')).toMatchObject({ state: 'done' });
  });

  it('none for cancelled meetings, meetings before trackedFrom, or bodies that prepare nothing', () => {
    const meetings: Given = [
      { body: 'top', date: '2026-11-01', id: 'old' },
      { body: 'top', date: '2027-03-01', id: 'gone', status: 'cancelled' },
      TOP,
    ];
    const subjects = (made: ReturnType<typeof data>) =>
      occurrences(made, d('2027-03-10'))
        .filter((t) => t.kind === 'prepare')
        .map((t) => t.id);
    expect(subjects(data(meetings))).toEqual(['prepare:middle:old', 'prepare:middle:top-m']);
    expect(subjects(data(meetings, '30 days', { trackedFrom: '2027-01-01' }))).toEqual([
      'prepare:middle:top-m',
    ]);
    expect(subjects(makeData({ meetings }))).toEqual([]);
    // Nothing falls due after the agreement's last day (the day before validity.until).
    const ended = data(meetings);
    ended.agreement.validity = { from: '2025-01-01', until: '2027-06-14' };
    expect(subjects(ended)).toEqual(['prepare:middle:old']);
    ended.agreement.validity = { from: '2025-01-01', until: '2027-06-15' };
    expect(subjects(ended)).toEqual(['prepare:middle:old', 'prepare:middle:top-m']);
  });

  it('property: a prepare: is done only by a held meeting of the preparing body within the window', () => {
    const BASE = d('2027-01-01');
    const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays(BASE, n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 40 }),
        fc.array(
          fc.record({
            body: fc.constantFrom('top', 'middle'),
            date: day,
            status: fc.constantFrom<Meeting['status']>('held', 'planned', 'cancelled'),
          }),
          { maxLength: 6 },
        ),
        day,
        (topDate, within, others, asOf) => {
          const given: Given = [
            { body: 'top', date: topDate, id: 'top-m', status: topDate > asOf ? 'planned' : 'held' },
            ...others.map((m, i) => ({
              ...m,
              id: `x-${i}`,
              status: m.status === 'held' && m.date > asOf ? ('planned' as const) : m.status,
            })),
          ];
          const o = prepareOf(data(given, `${within} days`), asOf);
          const from = addDays(topDate, -within);
          const prepared = given.some(
            (m) => m.body === 'middle' && m.status === 'held' && m.date >= from && m.date <= topDate,
          );
          expect(o?.state === 'done').toBe(prepared);
          expect(o?.deadline).toBe(within === 0 ? topDate : addDays(topDate, -1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
