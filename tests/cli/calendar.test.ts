import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

const BUSKERUD = 'data/buskerud-2024';
const AS_OF = ['--as-of', '2026-11-22'];

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  start: string;
  status: string;
  sequence: number;
}

function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      status: String(v.getFirstPropertyValue('status')),
      sequence: Number(v.getFirstPropertyValue('sequence')),
    };
  });
}

/** A copy of the Buskerud agreement to record in. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-calendar-'));
  cpSync(join(ROOT, BUSKERUD), join(dir, 'buskerud-2024'), { recursive: true });
  return join(dir, 'buskerud-2024');
}

function ok(args: string[]): string {
  const run = runBin(args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('samarbeid calendar (built bin)', () => {
  it('text: the Buskerud year 2027 month by month, proposals on working days', () => {
    const out = ok(['calendar', BUSKERUD, '--year', '2027', ...AS_OF]);
    expect(out).toContain('Årsplan 01.01.2027–31.12.2027');
    expect(out).toContain('desember 2027');
    expect(out).toMatch(/on 08\.12\. ○ Møte: Toppledernivå \(forslag\)/);
    expect(out).toContain('frist 31.12.2027 (ikke en arbeidsdag: vist på 23.12.2027, siste arbeidsdag før)');
    expect(out.trim().split('\n').at(-1)).toBe('13 hendelser 01.01.2027–31.12.2027');
  });

  it('--explain says which days a date skipped and why', () => {
    const out = ok(['calendar', BUSKERUD, '--year', '2027', ...AS_OF, '--explain']);
    expect(out).toContain('hoppet over 27.12.2027–30.12.2027: romjul');
    expect(out).toContain('hoppet over 24.12.2027: julaften');
    const en = ok(['calendar', BUSKERUD, '--year', '2027', ...AS_OF, '--explain', '--lang', 'en']);
    expect(en).toContain('skipped 24 Dec 2027: Christmas Eve');
  });

  it('remind --explain: the suggested date skips romjul, nyttårsaften and New Year, and says so', () => {
    const out = ok(['remind', BUSKERUD, '--as-of', '2026-12-12', '--within', '20', '--explain']);
    expect(out).toContain('foreslått møtedato: 04.01.2027');
    expect(out).toContain('hoppet over 28.12.2026–30.12.2026: romjul');
    expect(out).toContain('hoppet over 01.01.2027: helligdag');
    expect(ok(['remind', BUSKERUD, '--as-of', '2026-12-12', '--within', '20'])).not.toContain('hoppet over');
  });

  it('json: the shape of SPEC section 9, every meeting ring and deadline of the year', () => {
    const out = JSON.parse(ok(['calendar', BUSKERUD, '--year', '2026', ...AS_OF, '--format', 'json']));
    expect(Object.keys(out)).toEqual(['from', 'to', 'asOf', 'events']);
    expect(out.from).toBe('2026-01-01');
    for (const e of out.events)
      expect(Object.keys(e)).toEqual([
        'uid',
        'agreement',
        'subject',
        'kind',
        'status',
        'date',
        'deadline',
        'title',
        'body',
        'host',
        'followUp',
      ]);
    const kinds = new Set(out.events.map((e: { kind: string }) => e.kind));
    expect([...kinds].sort()).toEqual(['deadline', 'meeting', 'notice']);
    const top = out.events.find(
      (e: { subject: string; kind: string }) => e.subject === 'meeting:top' && e.kind === 'meeting',
    );
    expect(top).toMatchObject({
      status: 'planned',
      date: '2026-12-08',
      deadline: '2026-12-31',
      host: 'buskerud-fk',
      // SPEC section 10: the planned meeting approves the minutes of the body's last one.
      followUp: { minutes: { meeting: '2025-10-14-top', date: '2025-10-14', status: 'held' }, actions: [] },
    });
    // Only planned and proposed meetings carry anything forward.
    for (const e of out.events)
      expect(e.followUp === null, `${e.subject} ${e.kind} ${e.status}`).toBe(
        !(e.kind === 'proposed' || (e.kind === 'meeting' && e.status === 'planned')),
      );
    const uids = out.events.map((e: { uid: string }) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('--body and --party filter; an unknown one is a one-line usage error', () => {
    const middle = JSON.parse(
      ok(['calendar', BUSKERUD, '--year', '2027', ...AS_OF, '--format', 'json', '--body', 'middle']),
    );
    expect(middle.events.length).toBe(3);
    expect(middle.events.every((e: { body: string }) => e.body === 'middle')).toBe(true);
    const party = JSON.parse(
      ok(['calendar', BUSKERUD, '--year', '2027', ...AS_OF, '--format', 'json', '--party', 'buskerud-fk']),
    );
    expect(party.events.map((e: { subject: string }) => e.subject)).toContain('meeting:top');
    const bad = runBin(['calendar', BUSKERUD, '--body', 'styret']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'samarbeid: Ingen av avtalene har et organ eller en arbeidsgruppe med id-en «styret»\n',
    );
  });

  it.each([
    [['--year', '27'], '--year tar et årstall fra 1900 til 2998; fikk «27»'],
    [['--year', '2027', '--from', '2027-01-01'], 'Bruk enten --year eller --from og --to, ikke begge'],
    [['--from', '2027-01-01'], '--from og --to må brukes sammen'],
    [['--from', '2027-02-01', '--to', '2027-01-01'], '--to kan ikke komme før --from'],
  ])('%j is a usage error', (args, message) => {
    const run = runBin(['calendar', BUSKERUD, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('--from/--to: any period; markdown has a table per month', () => {
    const out = ok([
      'calendar',
      BUSKERUD,
      '--from',
      '01.11.2026',
      '--to',
      '31.12.2026',
      ...AS_OF,
      '--format',
      'markdown',
    ]);
    expect(out).toContain('## november 2026');
    expect(out).toContain('| Dato | Hva | Status | Merknad |');
    expect(out).toContain('| 08.12.2026 | ◷ Møte: Toppledernivå | planlagt |');
  });

  it('--out writes one file per agreement and format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-calendar-out-'));
    const run = runBin(['calendar', 'data', '--year', '2027', ...AS_OF, '--out', dir]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ['buskerud-2024', 'helsefellesskap-bergen', 'viken-2020'].flatMap((id) =>
        ['ics', 'json', 'md', 'svg', 'txt'].map((x) => `${id}.${x}`),
      ),
    );
  });
});

describe('every obligation of the engine is in the year plan', () => {
  // The planner lists the recurring obligations itself (it needs every slot of the year, not only
  // the next): whatever status says falls due in the year must be in the plan under its subject,
  // the end of a member's term (SPEC section 12) included.
  it.each(['data/buskerud-2024', 'data/helsefellesskap-bergen'])('%s, 2027', (dir) => {
    const status = JSON.parse(ok(['status', dir, ...AS_OF, '--format', 'json']));
    const due = status.agreements[0].obligations
      .filter((o: { deadline: string | null }) => o.deadline?.startsWith('2027'))
      .map((o: { subject: string }) => o.subject);
    expect(due.length).toBeGreaterThan(1);
    const plan = JSON.stringify(
      JSON.parse(ok(['calendar', dir, '--year', '2027', ...AS_OF, '--format', 'json'])),
    );
    for (const subject of due) expect(plan, subject).toContain(`"subject":"${subject}"`);
  });
});

describe('the calendar feed (SPEC section 9)', () => {
  it('sets the feed properties and puts no relative words in descriptions', () => {
    const ics = ok(['calendar', BUSKERUD, '--year', '2026', ...AS_OF, '--format', 'ics']);
    expect(ics).toContain('X-WR-CALNAME:');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT12H\r\n');
    for (const e of parse(ics)) expect(e.description).not.toMatch(/dager|days|over fristen|i dag/);
    const remind = ok(['remind', BUSKERUD, ...AS_OF, '--format', 'ics', '--within', '400']);
    for (const e of parse(remind)) expect(e.description).not.toMatch(/\d+ dager|over fristen|om \d/);
  });

  it('a reminder and the calendar event of one thing share their UID', () => {
    const feed = parse(ok(['calendar', BUSKERUD, '--year', '2026', ...AS_OF, '--format', 'ics']));
    const reminders = parse(ok(['remind', BUSKERUD, ...AS_OF, '--format', 'ics']));
    expect(reminders.length).toBeGreaterThan(3);
    const uids = new Set(feed.map((e) => e.uid));
    for (const r of reminders) expect(uids.has(r.uid), r.summary).toBe(true);
  });

  it('SEQUENCE: the same file for the same data and day; after a record on the same day, higher for what changed', () => {
    const args = ['calendar', BUSKERUD, '--year', '2027', ...AS_OF, '--format', 'ics'];
    expect(ok(args)).toBe(ok(args));
    const folder = copy();
    const before = parse(ok(['calendar', folder, '--year', '2027', ...AS_OF, '--format', 'ics']));
    ok([
      'record',
      'meeting',
      folder,
      '--body',
      'middle',
      '--date',
      '2027-02-10',
      '--status',
      'planned',
      ...AS_OF,
    ]);
    const after = parse(ok(['calendar', folder, '--year', '2027', ...AS_OF, '--format', 'ics']));
    for (const event of after) {
      const old = before.find((e) => e.uid === event.uid);
      if (!old) continue;
      if (old.start !== event.start || old.summary !== event.summary)
        expect(event.sequence).toBeGreaterThan(old.sequence);
      else expect(event.sequence).toBeGreaterThanOrEqual(old.sequence);
    }
  });
});

// The life of one meeting in three feeds: a proposal (November 2026), planned (January 2027), held
// (March 2027). Imported one after the other, each thing is one event, in its latest state.
function threeFeeds(): { feeds: string[]; middleUid: string } {
  const folder = copy();
  const year = ['--year', '2027', '--format', 'ics'];
  const first = ok(['calendar', folder, ...year, '--as-of', '2026-11-22']);
  const middleUid = parse(first).find(
    (e) => e.summary.startsWith('Møte: Mellomledernivå') && e.start === '2027-04-12',
  )?.uid;
  expect(middleUid).toBeTypeOf('string');
  ok([
    'record',
    'meeting',
    folder,
    '--body',
    'middle',
    '--date',
    '2027-03-04',
    '--status',
    'planned',
    '--as-of',
    '2027-01-10',
  ]);
  const second = ok(['calendar', folder, ...year, '--as-of', '2027-01-10']);
  ok(['record', 'meeting', folder, '--body', 'middle', '--date', '2027-03-04', '--as-of', '2027-03-10']);
  const third = ok(['calendar', folder, ...year, '--as-of', '2027-03-10']);
  return { feeds: [first, second, third], middleUid: middleUid! };
}

describe('importing the feed again and again', () => {
  it('ical.js: later feeds update the events of earlier ones, one event per thing', () => {
    const { feeds, middleUid } = threeFeeds();
    // What a calendar keeps: per UID, the event with the highest SEQUENCE seen.
    const kept = new Map<string, Parsed>();
    for (const feed of feeds)
      for (const e of parse(feed)) {
        const old = kept.get(e.uid);
        if (!old || e.sequence > old.sequence) kept.set(e.uid, e);
      }
    const middle = kept.get(middleUid)!;
    expect(middle).toMatchObject({
      start: '2027-03-04',
      summary: 'Møte: Mellomledernivå (holdt)',
      status: 'CONFIRMED',
    });
    const [, second, third] = feeds.map(parse);
    expect(second!.find((e) => e.uid === middleUid)?.summary).toBe('Møte: Mellomledernivå (planlagt)');
    // Nothing resolved drops out: every event of the planned feed is still in the held one.
    for (const e of second!)
      expect(
        third!.some((x) => x.uid === e.uid),
        e.summary,
      ).toBe(true);
    // Each later feed's SEQUENCE is higher for every event it shares with the one before.
    for (const e of third!) {
      const earlier = second!.find((x) => x.uid === e.uid);
      if (earlier) expect(e.sequence).toBeGreaterThan(earlier.sequence);
    }
  });

  const khal = spawnSync('sh', ['-c', 'command -v khal'], { encoding: 'utf8' }).stdout.trim();
  if (!khal)
    console.warn(
      'tests/cli/calendar: khal re-import skipped, khal is not installed (apt-get install -y khal)',
    );

  it.skipIf(!khal)('khal: importing the three feeds leaves one event per thing, the meeting held', () => {
    const { feeds, middleUid } = threeFeeds();
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-khal-'));
    const config = join(dir, 'config');
    writeFileSync(
      config,
      `[calendars]\n[[plan]]\npath = ${join(dir, 'cal')}\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n`,
    );
    const env = { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: dir, LC_ALL: 'C.UTF-8' };
    const khalRun = (args: string[]) => {
      const run = spawnSync(khal, ['-c', config, ...args], { encoding: 'utf8', env, timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    const uids = new Set<string>();
    feeds.forEach((feed, i) => {
      const file = join(dir, `feed-${i}.ics`);
      writeFileSync(file, feed);
      for (const e of parse(feed)) uids.add(e.uid);
      khalRun(['import', '--batch', file]);
    });
    const listed = khalRun([
      'list',
      '2027-01-01',
      '2027-12-31',
      '--format',
      '{uid}\t{start-date}\t{title}',
      '--day-format',
      '',
    ])
      .split('\n')
      .filter(Boolean);
    const listedUids = listed.map((line) => line.split('\t')[0]);
    expect(new Set(listedUids).size).toBe(listedUids.length);
    expect(listedUids.length).toBe(uids.size);
    expect(readdirSync(join(dir, 'cal'))).toHaveLength(uids.size);
    const middle = listed.filter((line) => line.startsWith(middleUid));
    expect(middle).toEqual([`${middleUid}\t2027-03-04\tMøte: Mellomledernivå (holdt)`]);
    expect(readFileSync(join(dir, 'cal', readdirSync(join(dir, 'cal'))[0]!), 'utf8')).toContain(
      'BEGIN:VEVENT',
    );
  });
});
