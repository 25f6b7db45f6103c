import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers.js';

// SPEC section 13, end to end on the built bin: "referat sendes på høring og godkjennes i neste
// møte" (governance.minutes: { days: 14, approval: next-meeting }). The fixture's middle body met
// on 10.02 (approved 12.05), 12.05 (minutes written, not approved), 25.08 (no minutes), and plans
// 10.11.2027.
const AS_OF = ['--as-of', '2027-09-01'];
const MEETINGS = 'meetings/2027.yaml';

function copy(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'samarbeid-minutes-')), 'referat');
  cpSync(join(FIXTURES, 'minutes-duty'), folder, { recursive: true });
  return folder;
}

const obligations = (folder: string) =>
  JSON.parse(runBin(['status', folder, ...AS_OF, '--format', 'json']).stdout).agreements[0]
    .obligations as Array<{
    subject: string;
    state: string;
    deadline: string;
  }>;

describe('minutes:<meeting> through the built bin', () => {
  it('status lists each held meeting: approval overdue, minutes due soon, approved done', () => {
    const minutes = obligations(copy()).filter((o) => o.subject.startsWith('minutes:'));
    expect(minutes.map(({ subject, state, deadline }) => [subject, state, deadline])).toEqual([
      ['minutes:2027-02-10-middle', 'done', '2027-05-12'],
      ['minutes:2027-05-12-middle', 'overdue', '2027-08-25'],
      ['minutes:2027-08-25-middle', 'due-soon', '2027-09-08'],
    ]);
    const text = runBin(['status', copy(), ...AS_OF, '--lang', 'nb']).stdout;
    expect(text).toContain('Godkjenning av referatet fra Mellomledermøte, møtet 12.05.2027');
    expect(text).toContain('Referat fra Mellomledermøte, møtet 25.08.2027');
    expect(runBin(['status', copy(), ...AS_OF, '--lang', 'en']).stdout).toContain(
      'Minutes of Mellomledermøte, meeting on 25 Aug 2027',
    );
  });

  it('the calendar shows the deadlines, and remind reminds of them', () => {
    const calendar = runBin(['calendar', copy(), ...AS_OF, '--year', '2027', '--format', 'json']);
    const events = JSON.parse(calendar.stdout).events as Array<{
      subject: string;
      date: string;
      status: string;
    }>;
    expect(
      events.filter((e) => e.subject.startsWith('minutes:')).map((e) => [e.subject, e.date, e.status]),
    ).toEqual([
      ['minutes:2027-02-10-middle', '2027-05-12', 'done'],
      ['minutes:2027-05-12-middle', '2027-08-25', 'overdue'],
      ['minutes:2027-08-25-middle', '2027-09-08', 'open'],
    ]);
    const remind = runBin(['remind', copy(), ...AS_OF, '--lang', 'nn']).stdout;
    expect(remind).toContain('Referat frå Mellomledermøte, møtet 25.08.2027');
  });

  it('an approval that the planned next meeting will give is planned in status and the calendar alike', () => {
    const asOf = ['--as-of', '2027-03-20'];
    const status = JSON.parse(runBin(['status', copy(), ...asOf, '--format', 'json']).stdout);
    const approval = status.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'minutes:2027-02-10-middle',
    );
    expect(approval).toMatchObject({ state: 'planned', deadline: '2027-05-12' });
    const calendar = JSON.parse(
      runBin(['calendar', copy(), ...asOf, '--year', '2027', '--format', 'json']).stdout,
    );
    const event = calendar.events.find(
      (e: { subject: string; kind: string }) =>
        e.subject === 'minutes:2027-02-10-middle' && e.kind === 'deadline',
    );
    expect(event).toMatchObject({ status: 'planned', deadline: '2027-05-12' });
    expect(runBin(['calendar', copy(), ...asOf, '--year', '2027', '--lang', 'nb']).stdout).toContain(
      'Godkjenning av referatet fra Mellomledermøte, møtet 10.02.2027 (planlagt)',
    );
  });

  it('record minutes writes the ref, then the approval as { ref, approved, at }; again, nothing', () => {
    const folder = copy();
    const file = join(folder, MEETINGS);
    const before = readFileSync(file, 'utf8');
    const ref = runBin([
      'record',
      'minutes',
      folder,
      '--meeting',
      '2027-08-25-middle',
      '--ref',
      'https://arkiv.example/r',
      ...AS_OF,
    ]);
    expect([ref.status, ref.stdout]).toEqual([
      0,
      'Førte inn referatet til møtet 2027-08-25-middle i meetings/2027.yaml\n',
    ]);
    const approve = [
      'record',
      'minutes',
      folder,
      '--meeting',
      '2027-05-12-middle',
      '--approved',
      '25.08.2027',
    ];
    const approved = runBin([...approve, '--at', '2027-08-25-middle', ...AS_OF]);
    expect(approved.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      before
        .replace(
          'minutes: https://arkiv.example/referat-2027-05-12',
          'minutes: { ref: https://arkiv.example/referat-2027-05-12, approved: 2027-08-25, at: 2027-08-25-middle }',
        )
        .replace(
          '    date: 2027-08-25\n    status: held\n',
          '    date: 2027-08-25\n    status: held\n    minutes: https://arkiv.example/r\n',
        ),
    );
    const again = runBin([...approve, '--at', '2027-08-25-middle', ...AS_OF]);
    expect([again.status, again.stdout]).toEqual([
      0,
      'Allerede registrert: møte 2027-05-12-middle. Ingenting er endret.\n',
    ]);
    // The approval is done; the last meeting's minutes now wait for the planned meeting of 10.11.
    const states = obligations(folder).filter((o) => o.subject.startsWith('minutes:'));
    expect(states.map((o) => [o.state, o.deadline])).toEqual([
      ['done', '2027-05-12'],
      ['done', '2027-08-25'],
      ['planned', '2027-11-10'],
    ]);
  });

  it('refuses an approval before the meeting, and --at alone, writing nothing', () => {
    const folder = copy();
    const file = join(folder, MEETINGS);
    const before = readFileSync(file, 'utf8');
    const early = runBin([
      'record',
      'minutes',
      folder,
      '--meeting',
      '2027-08-25-middle',
      '--approved',
      '2027-08-01',
      ...AS_OF,
    ]);
    expect([early.status, early.stderr]).toEqual([
      1,
      'samarbeid: Referatet kan ikke være godkjent 01.08.2027, før møtet 2027-08-25-middle (25.08.2027)\n',
    ]);
    expect(
      runBin([
        'record',
        'minutes',
        folder,
        '--meeting',
        '2027-08-25-middle',
        '--at',
        '2027-05-12-middle',
        ...AS_OF,
      ]).status,
    ).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('without governance.minutes there is no minutes: obligation (minutesDays alone keeps the warning)', () => {
    const folder = copy();
    const agreement = join(folder, 'agreement.yaml');
    writeFileSync(
      agreement,
      readFileSync(agreement, 'utf8').replace(
        '  minutes: { days: 14, approval: next-meeting }\n',
        '  minutesDays: 3\n',
      ),
    );
    expect(obligations(folder).some((o) => o.subject.startsWith('minutes:'))).toBe(false);
    const validate = JSON.parse(runBin(['validate', folder, ...AS_OF, '--format', 'json']).stdout);
    expect(validate.findings.map((f: { rule: string }) => f.rule)).toEqual(['minutes-missing']);
  });
});
