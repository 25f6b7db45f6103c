import { describe, expect, it } from 'vitest';
import { agreementWith, runBin } from '../helpers.js';
import { icsEvents as events } from '../ics-events.js';
import { khalCalendar, khalFound } from '../khal.js';

// SPEC section 14 through the built bin: a meeting with `time` is a timed event in Europe/Oslo in
// every ICS file, and the reminder file withdraws what was resolved within the window.

const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc';

/** Middle meets every 4 months (last on 08.09.2026), a plan's measure falls due on 01.02.2027. */
function folder(): string {
  return agreementWith({
    'meetings/2026.yaml': `schemaVersion: 1
meetings:
  - { id: 2026-01-15-middle, body: middle, date: 2026-01-15, status: held, decisions: [{ id: plan, text: Handlingsplanen vedtas, adopts: plan }] }
  - { id: 2026-05-12-middle, body: middle, date: 2026-05-12, status: held }
  - { id: 2026-06-10-top, body: top, date: 2026-06-10, status: held, host: part-a }
  - { id: 2026-09-08-middle, body: middle, date: 2026-09-08, status: held }
`,
    'action-plans/plan.yaml': `schemaVersion: 1
id: plan
title: Handlingsplan 2026
owner: middle
status: adopted
adopted: { date: 2026-01-15, meeting: 2026-01-15-middle }
measures:
  - { id: kartlegging, title: Felles kartlegging, responsible: part-a, due: 2027-02-01 }
`,
  });
}

function ok(args: string[], env?: Record<string, string>): string {
  const run = runBin(args, env ? { env } : {});
  expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/** The folder with a planned middle meeting at 10:00-11:30 on 12.01.2027, as of 10.01.2027. */
function timedFolder(): string {
  const dir = folder();
  ok([
    'record',
    'meeting',
    dir,
    '--body',
    'middle',
    '--date',
    '2027-01-12',
    '--status',
    'planned',
    '--time',
    '10:00-11:30',
    '--place',
    'Rådhuset, møterom 3',
    '--online',
    TEAMS,
    '--as-of',
    '2027-01-10',
  ]);
  return dir;
}

describe('timed meetings and withdrawn reminders (built bin)', () => {
  it('the feed: a timed event at 10:00-11:30 Norwegian time with its VTIMEZONE, place and link', () => {
    const dir = timedFolder();
    const args = ['calendar', dir, '--as-of', '2027-01-10', '--year', '2027', '--format', 'ics'];
    const ics = ok(args);
    // The machine's own time zone changes nothing.
    expect(ok(args, { TZ: 'Pacific/Kiritimati' })).toBe(ics);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n');
    expect(ics).not.toContain('X-WR-TIMEZONE');
    const meeting = events(ics).find((e) => e.start.startsWith('2027-01-12'))!;
    expect(meeting).toMatchObject({
      allDay: false,
      zone: 'Europe/Oslo',
      start: '2027-01-12T10:00:00',
      end: '2027-01-12T11:30:00',
      // CET in January: an hour before UTC.
      utc: '2027-01-12T09:00:00.000Z',
      location: 'Rådhuset, møterom 3',
      url: TEAMS,
    });
    expect(meeting.description).toContain(`delta digitalt: ${TEAMS}`);
    // Its notice day and every deadline stay all-day events.
    expect(events(ics).filter((e) => !e.allDay)).toHaveLength(1);
  });

  it('a time alone lasts an hour; in summer the zone is CEST', () => {
    const dir = folder();
    ok(
      ['record', 'meeting', dir, '--body', 'top', '--date', '2027-06-09', '--status', 'planned'].concat([
        '--time',
        '13:00',
        '--as-of',
        '2027-01-10',
      ]),
    );
    const ics = ok(['calendar', dir, '--as-of', '2027-01-10', '--year', '2027', '--format', 'ics']);
    expect(events(ics).find((e) => e.start.startsWith('2027-06-09'))).toMatchObject({
      start: '2027-06-09T13:00:00',
      end: '2027-06-09T14:00:00',
      utc: '2027-06-09T11:00:00.000Z',
      location: null,
      url: null,
    });
  });

  it('a time that is none, or that ends before it starts, is refused with a schema finding', () => {
    const dir = folder();
    const base = [
      'record',
      'meeting',
      dir,
      '--body',
      'middle',
      '--date',
      '2027-01-12',
      '--as-of',
      '2027-01-10',
    ];
    const cases: Array<[string[], string]> = [
      [['--time', '25:00'], '«25:00» er ikke et klokkeslett; skriv TT:MM eller TT:MM-TT:MM'],
      [['--time', '11:00-10:00', '--lang', 'en'], '"11:00-10:00": the meeting must end after it starts'],
      [['--online', 'teams', '--lang', 'nn'], '«teams» er ikkje ei nettadresse'],
    ];
    for (const [extra, said] of cases) {
      const run = runBin([...base, ...extra]);
      expect(run.status, run.stderr).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain('[schema]');
      expect(`${run.stdout}${run.stderr}`).toContain(said);
    }
  });

  it('remind --format ics: the planned meeting at its hour; once held and the measure done, both withdrawn with a higher SEQUENCE', () => {
    const dir = timedFolder();
    const before = events(ok(['remind', dir, '--as-of', '2027-01-10', '--within', '30', '--format', 'ics']));
    const meeting = before.find((e) => e.start.startsWith('2027-01-12T'))!;
    expect(meeting).toMatchObject({ zone: 'Europe/Oslo', start: '2027-01-12T10:00:00', alarm: true });
    const measure = before.find((e) => e.summary.includes('Felles kartlegging'))!;
    expect(measure).toMatchObject({ start: '2027-02-01', allDay: true, status: null });

    ok([
      'record',
      'done',
      dir,
      '--measure',
      'plan/kartlegging',
      '--date',
      '2027-01-20',
      '--as-of',
      '2027-01-21',
    ]);
    ok(['record', 'meeting', dir, '--body', 'middle', '--date', '2027-01-12', '--as-of', '2027-01-21']);
    const after = events(ok(['remind', dir, '--as-of', '2027-01-21', '--within', '30', '--format', 'ics']));
    for (const old of [meeting, measure]) {
      const now = after.filter((e) => e.uid === old.uid);
      expect(now, old.summary).toHaveLength(1);
      expect(now[0]).toMatchObject({ status: 'CANCELLED', alarm: false, start: old.start });
      expect(now[0]!.sequence).toBeGreaterThan(old.sequence);
    }
    expect(after.find((e) => e.uid === measure.uid)!.description).toBe(
      'Utført 20.01.2027. Påminnelsen er trukket tilbake.',
    );
    // Out of the window (more than 30 days after it was done), nothing is said of it.
    const later = events(ok(['remind', dir, '--as-of', '2027-02-20', '--within', '30', '--format', 'ics']));
    expect(later.some((e) => e.uid === measure.uid)).toBe(false);
  });

  it('done on the day of the file: the same as-of gives a higher SEQUENCE after the record', () => {
    const dir = folder();
    const args = ['remind', dir, '--as-of', '2027-01-10', '--within', '30', '--format', 'ics'];
    const measure = events(ok(args)).find((e) => e.summary.includes('Felles kartlegging'))!;
    ok([
      'record',
      'done',
      dir,
      '--measure',
      'plan/kartlegging',
      '--date',
      '2027-01-10',
      '--as-of',
      '2027-01-10',
    ]);
    const withdrawn = events(ok(args)).find((e) => e.uid === measure.uid)!;
    expect(withdrawn.status).toBe('CANCELLED');
    expect(withdrawn.sequence).toBeGreaterThan(measure.sequence);
  });

  const khal = khalFound('tests/cli/meeting-time');
  const khalIn = (zone: string) => khalCalendar(khal, zone, ['2027-01-01', '2027-03-31']);

  it.skipIf(!khal)(
    'khal: the meeting shows at its hour; re-importing the file after it is held and the measure done leaves neither reminder standing',
    () => {
      const dir = timedFolder();
      const first = ok(['remind', dir, '--as-of', '2027-01-10', '--within', '30', '--format', 'ics']);
      const meeting = events(first).find((e) => e.start.startsWith('2027-01-12T'))!;
      const measure = events(first).find((e) => e.summary.includes('Felles kartlegging'))!;

      const oslo = khalIn('Europe/Oslo');
      oslo.import(first);
      expect(
        oslo
          .list()
          .filter(([uid]) => uid === meeting.uid)
          .map(([, start, end]) => [start, end]),
      ).toContainEqual(['2027-01-12 10:00', '2027-01-12 11:30']);
      expect(oslo.list().find(([uid]) => uid === measure.uid)).toEqual([
        measure.uid,
        '2027-02-01',
        '2027-02-01',
        'Frist for tiltak: Felles kartlegging (Handlingsplan 2026)',
      ]);
      // Read in UTC, the same meeting is at 09:00: khal took the zone from the VTIMEZONE.
      const utc = khalIn('UTC');
      utc.import(first);
      expect(utc.list().find(([uid, start]) => uid === meeting.uid && start.includes(' '))?.[1]).toBe(
        '2027-01-12 09:00',
      );

      ok([
        'record',
        'done',
        dir,
        '--measure',
        'plan/kartlegging',
        '--date',
        '2027-01-20',
        '--as-of',
        '2027-01-21',
      ]);
      ok(['record', 'meeting', dir, '--body', 'middle', '--date', '2027-01-12', '--as-of', '2027-01-21']);
      oslo.import(ok(['remind', dir, '--as-of', '2027-01-21', '--within', '30', '--format', 'ics']));
      const listed = oslo.list();
      for (const uid of [meeting.uid, measure.uid]) {
        const left = listed.filter(([u]) => u === uid);
        // One event per UID, and it is cancelled: no reminder of it stands in the calendar.
        expect(left, uid).toHaveLength(1);
        expect(left[0]![3].startsWith('CANCELLED'), left[0]![3]).toBe(true);
      }
    },
  );
});
