import { describe, expect, it } from 'vitest';
import { agreementWith, runBin } from '../helpers.js';
import { icsEvents as events } from '../ics-events.js';
import { khalCalendar, khalFound } from '../khal.js';

// SPEC sections 9, 14 and 16 through the built bin: in the reminder file one UID names one event,
// the same one the feed names by it, and re-importing the file after `record cancel` withdraws a
// cancelled meeting's reminder (docs/decisions.md, "One UID, one event").

function ok(args: string[]): string {
  const run = runBin(args);
  expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/**
 * The minimal agreement (middle every 4 months, never met: due 01.05.2025) with a middle meeting
 * planned for 01.12.2026, after that deadline, and a top meeting planned for 08.12.2026 in time.
 */
function lateFolder(): string {
  return agreementWith({
    'meetings/2026.yaml': `schemaVersion: 1
meetings:
  - { id: 2026-06-10-top, body: top, date: 2026-06-10, status: held, host: part-a }
  - { id: 2026-12-01-middle, body: middle, date: 2026-12-01, status: planned }
  - { id: 2026-12-08-top, body: top, date: 2026-12-08, status: planned, host: part-b, time: "10:00" }
`,
  });
}

const REMIND = ['--as-of', '2026-11-22', '--within', '30', '--format', 'ics'];

describe('one UID, one event in the reminder file (built bin)', () => {
  it("a meeting planned after its deadline: the meeting has the feed's UID, the deadline beside it its own", () => {
    const dir = lateFolder();
    const list = events(ok(['remind', dir, ...REMIND]));
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const meeting = list.find((e) => e.start === '2026-12-01')!;
    const deadline = list.find((e) => e.start === '2025-05-01')!;
    expect([meeting.summary, deadline.summary]).toEqual([
      'Møte: Mellomledermøte',
      'Frist for møte: Mellomledermøte',
    ]);
    const feed = events(ok(['calendar', dir, '--as-of', '2026-11-22', '--year', '2026', '--format', 'ics']));
    expect(feed.filter((e) => e.uid === meeting.uid).map((e) => e.start)).toEqual(['2026-12-01']);
    // The same UIDs on a later day.
    const later = events(ok(['remind', dir, '--as-of', '2026-11-25', '--within', '30', '--format', 'ics']));
    expect(later.find((e) => e.start === '2026-12-01')?.uid).toBe(meeting.uid);
    expect(later.find((e) => e.start === '2025-05-01')?.uid).toBe(deadline.uid);
  });

  it("record cancel: the cancelled meeting's reminder comes back with its UID, STATUS:CANCELLED and a higher SEQUENCE", () => {
    const dir = lateFolder();
    const before = events(ok(['remind', dir, ...REMIND]));
    const top = before.find((e) => e.start.startsWith('2026-12-08'))!;
    expect(top.status).toBeNull();
    ok([
      'record',
      'cancel',
      dir,
      '--meeting',
      '2026-12-08-top',
      '--reason',
      'Ingen saker',
      '--as-of',
      '2026-11-22',
    ]);
    const after = events(ok(['remind', dir, ...REMIND]));
    const now = after.filter((e) => e.uid === top.uid);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({
      status: 'CANCELLED',
      start: top.start,
      description: 'Møtet 08.12.2026 er avlyst. Påminnelsen er trukket tilbake.',
    });
    expect(now[0]!.sequence).toBeGreaterThan(top.sequence);
  });

  it("a meeting planned in the next period, within the window: the feed's UID, before and after the new year", () => {
    const dir = agreementWith({
      'meetings/2027.yaml': `schemaVersion: 1
meetings:
  - { id: 2027-01-05-top, body: top, date: 2027-01-05, status: planned, host: part-b }
`,
    });
    const uidOn = (asOf: string) =>
      events(ok(['remind', dir, '--as-of', asOf, '--format', 'ics'])).find((e) => e.start === '2027-01-05')
        ?.uid;
    const feed = events(ok(['calendar', dir, '--as-of', '2026-12-10', '--year', '2027', '--format', 'ics']));
    const inFeed = feed.find((e) => e.start === '2027-01-05')!.uid;
    expect(uidOn('2026-12-10')).toBe(inFeed);
    expect(uidOn('2027-01-02')).toBe(inFeed);
  });

  const khal = khalFound('tests/cli/remind-uids');

  it.skipIf(!khal)(
    'khal: the late meeting and its deadline stand as two events; after record cancel of both meetings, re-importing leaves neither meeting standing',
    () => {
      const dir = lateFolder();
      const calendar = khalCalendar(khal, 'Europe/Oslo', ['2025-01-01', '2026-12-31']);
      const first = ok(['remind', dir, ...REMIND]);
      calendar.import(first);
      const listed = calendar.list();
      const at = (day: string) => listed.filter(([, start]) => start.startsWith(day)).map(([, , , t]) => t);
      expect(at('2025-05-01')).toEqual(['Frist for møte: Mellomledermøte']);
      expect(at('2026-12-01')).toEqual(['Møte: Mellomledermøte']);
      expect(new Set(listed.map(([uid]) => uid)).size).toBe(listed.length);

      for (const meeting of ['2026-12-01-middle', '2026-12-08-top'])
        ok(['record', 'cancel', dir, '--meeting', meeting, '--as-of', '2026-11-22']);
      calendar.import(ok(['remind', dir, ...REMIND]));
      const again = calendar.list();
      expect(new Set(again.map(([uid]) => uid)).size).toBe(again.length);
      // What stands (not cancelled): the middle level's deadline, once; no meeting.
      const standing = again
        .filter(([, , , t]) => !t.startsWith('CANCELLED'))
        .map(([, start, , t]) => [start, t]);
      expect(standing.filter(([, t]) => t!.includes('Mellomledermøte'))).toEqual([
        ['2025-05-01', 'Frist for møte: Mellomledermøte'],
      ]);
      expect(standing.some(([, t]) => t === 'Møte: Mellomledermøte' || t!.includes('Toppledermøte'))).toBe(
        false,
      );
    },
  );
});
