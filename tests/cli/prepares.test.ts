import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';

// SPEC section 13, end to end on the built bin: "SSU er programkomité for partnarskapsmøtet"
// (ssu: prepares: { body: partnarskapsmote, within: 30 days }, reportsTo: partnarskapsmote). The
// partnership meeting of 10.03.2027 was prepared on 20.02, the one of 15.06.2027 was not (SSU met
// on 10.05, a day before the window), and the one planned on 20.01.2028 has SSU planned on 10.01.
const AS_OF = ['--as-of', '2027-12-01'];

function copy(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'samarbeid-prepares-')), 'partnarskap');
  cpSync(join(FIXTURES, 'prepares-partnarskap'), folder, { recursive: true });
  return folder;
}

type Event = { uid: string; subject: string; status: string; deadline: string };
const calendar = (folder: string, asOf: string) =>
  (
    JSON.parse(
      runBin([
        'calendar',
        folder,
        '--as-of',
        asOf,
        '--from',
        '2027-01-01',
        '--to',
        '2028-12-31',
        '--format',
        'json',
      ]).stdout,
    ).events as Event[]
  ).filter((e) => e.subject.startsWith('prepare:'));

describe('prepare:<body>:<meeting> and agenda occasions through the built bin', () => {
  it('status: done, overdue with the window missed, planned', () => {
    const folder = copy();
    const status = JSON.parse(runBin(['status', folder, ...AS_OF, '--format', 'json']).stdout);
    const prepares = (
      status.agreements[0].obligations as Array<{
        subject: string;
        state: string;
        deadline: string;
        missed: string[];
      }>
    ).filter((o) => o.subject.startsWith('prepare:'));
    expect(prepares.map((o) => [o.subject, o.state, o.deadline, o.missed])).toEqual([
      ['prepare:ssu:2027-03-10-partnarskapsmote', 'done', '2027-03-09', []],
      ['prepare:ssu:2027-06-15-partnarskapsmote', 'overdue', '2027-06-14', ['2027-05-16/2027-06-15']],
      ['prepare:ssu:2028-01-20-partnarskapsmote', 'planned', '2028-01-19', []],
    ]);
    const text = runBin(['status', folder, ...AS_OF]).stdout;
    expect(text).toContain(
      'Førebuande møte før Partnarskapsmøtet, møtet 15.06.2027 (Strategisk samarbeidsutval)',
    );
    expect(text).toContain('ikkje oppfylt: 16.05.2027–15.06.2027');
    expect(runBin(['status', folder, ...AS_OF, '--lang', 'nb']).stdout).toContain(
      'Forberedende møte før Partnarskapsmøtet, møtet 15.06.2027 (Strategisk samarbeidsutval)',
    );
  });

  it('the report lists the preparations among what falls due', () => {
    const report = runBin(['report', copy(), '--year', '2027']).stdout;
    expect(report).toContain(
      '| 14.06.2027 | Førebuande møte før Partnarskapsmøtet, møtet 15.06.2027 (Strategisk samarbeidsutval) | sekretariatet | forfalle |',
    );
  });

  it('remind: the overdue preparation, and the draft agenda of the first meeting of 2028', () => {
    const text = runBin(['remind', copy(), ...AS_OF, '--within', '60']).stdout;
    expect(text).toContain(
      'Frist: Førebuande møte før Partnarskapsmøtet, møtet 15.06.2027 (Strategisk samarbeidsutval)',
    );
    const json = JSON.parse(
      runBin(['remind', copy(), ...AS_OF, '--within', '60', '--format', 'json']).stdout,
    );
    const reminders = json.reminders as Array<{
      subject: string;
      kind: string;
      date: string | null;
      agenda: string[];
    }>;
    expect(reminders.filter((r) => r.subject.startsWith('prepare:')).map((r) => [r.subject, r.kind])).toEqual(
      [['prepare:ssu:2027-06-15-partnarskapsmote', 'deadline']],
    );
    const meeting = reminders.find(
      (r) => r.subject === 'meeting:partnarskapsmote' && r.date === '2028-01-20',
    );
    // First of 2028 and of the leader's new term (two years from 2026): both items, and SSU's report.
    expect(meeting?.agenda).toEqual([
      'Godkjenning av referat frå førre møte (15.06.2027)',
      'Status i samarbeidet',
      'Val av leiar og nestleiar',
      'Årsmelding for året før',
      'Rapport frå Strategisk samarbeidsutval',
    ]);
    // SSU's own agenda carries no report of itself, but the preparation of the meeting ahead.
    const ssu = reminders.find((r) => r.subject === 'meeting:ssu' && r.date === '2028-01-10');
    expect(ssu?.agenda).toEqual([
      'Godkjenning av referat frå førre møte (01.09.2027)',
      'Førebuing av Partnarskapsmøtet, møtet 20.01.2028',
    ]);
  });

  it('the calendar keeps one UID from planned to done, and the feed carries it', () => {
    const folder = copy();
    const before = calendar(folder, '2027-12-01').find(
      (e) => e.subject === 'prepare:ssu:2028-01-20-partnarskapsmote',
    );
    expect(before).toMatchObject({ status: 'planned', deadline: '2028-01-19' });
    const file = join(folder, 'meetings/2028.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'date: 2028-01-10, status: planned',
        'date: 2028-01-10, status: held, minutes: https://arkiv.example/2028-01-10-ssu',
      ),
    );
    const after = calendar(folder, '2028-01-15').find(
      (e) => e.subject === 'prepare:ssu:2028-01-20-partnarskapsmote',
    );
    expect(after).toMatchObject({ status: 'done', uid: before!.uid });
    const ics = runBin([
      'calendar',
      folder,
      '--as-of',
      '2028-01-15',
      '--year',
      '2028',
      '--format',
      'ics',
    ]).stdout;
    expect(ics).toContain(`UID:${before!.uid}`);
  });
});
