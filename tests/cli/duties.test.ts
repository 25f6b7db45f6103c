import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC sections 13 and 14 end to end, on the example regionråd (docs/examples/regionrad-sogn):
// duties with a day, a body's `by`, and `record duty` writing them down.
const EXAMPLE = join(ROOT, 'docs', 'examples', 'regionrad-sogn');
const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-duty-')), 'regionrad-sogn');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
};
const json = (args: string[]) => JSON.parse(runBin([...args, '--format', 'json']).stdout);

describe('duties in every view', () => {
  it('the example is valid', () => {
    const run = runBin(['validate', EXAMPLE, '--as-of', '2026-12-07']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('status, calendar, remind and report give a duty the same deadline and state', () => {
    const asOf = ['--as-of', '2027-02-01'];
    const status = json(['status', EXAMPLE, ...asOf, '--all']);
    const accounts = status.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'duty:arsrekneskap',
    );
    expect(accounts).toMatchObject({ state: 'due-soon', deadline: '2027-02-15' });
    // The årsmøte is due by 31 May (`by: 05-31`), not at the end of the year.
    const arsmote = status.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'meeting:arsmote',
    );
    expect(arsmote.deadline).toBe('2027-05-31');

    const calendar = json(['calendar', EXAMPLE, ...asOf, '--year', '2027']);
    const event = calendar.events.find(
      (e: { subject: string; kind: string }) => e.subject === 'duty:arsrekneskap' && e.kind === 'deadline',
    );
    expect(event).toMatchObject({ deadline: '2027-02-15', date: '2027-02-15', status: 'open' });

    const remind = json(['remind', EXAMPLE, ...asOf]);
    const reminder = remind.reminders.find((r: { subject: string }) => r.subject === 'duty:arsrekneskap');
    expect(reminder).toMatchObject({ deadline: '2027-02-15', state: 'due-soon' });

    const report = runBin(['report', EXAMPLE, '--year', '2026', '--lang', 'nb']).stdout;
    expect(report).toMatch(/15\.02\.2027 \| Årsrekneskapen er lagd fram/);
  });
});

describe('record duty', () => {
  it('writes an entry of duties.yaml in its style, then says it is there', () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'duties.yaml'), 'utf8');
    const args = [
      'record',
      'duty',
      dir,
      '--duty',
      'arsrekneskap',
      '--date',
      '10.02.2027',
      '--as-of',
      '2027-02-11',
    ];
    const first = runBin([...args, '--lang', 'nb']);
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(join(dir, 'duties.yaml'), 'utf8')).toBe(
      `${before}  - { duty: arsrekneskap, date: 2027-02-10 }\n`,
    );
    const again = runBin([...args, '--lang', 'nb']);
    expect(again.status).toBe(0);
    expect(again.stdout + again.stderr).toContain('Allerede registrert');
    const status = json(['status', dir, '--as-of', '2027-02-11', '--all']);
    expect(
      status.agreements[0].obligations.find((o: { subject: string }) => o.subject === 'duty:arsrekneskap'),
    ).toMatchObject({ state: 'ok', deadline: '2028-02-15' });
  });

  it('a duty at a body needs its meeting, and a decision there that fulfils it', () => {
    const dir = copy();
    const meetings = readFileSync(join(dir, 'meetings', '2026.yaml'), 'utf8');
    const alone = runBin([
      'record',
      'duty',
      dir,
      '--duty',
      'budsjett',
      '--date',
      '10.12.2026',
      '--as-of',
      '2026-12-11',
      '--lang',
      'en',
    ]);
    expect(alone.status).toBe(2);
    expect(alone.stderr.trim()).toBe(
      'samarbeid: duty budsjett is done only by a decision of Regionrådet; name the meeting with --meeting',
    );
    const wrong = runBin([
      'record',
      'duty',
      dir,
      '--duty',
      'budsjett',
      '--date',
      '23.04.2026',
      '--meeting',
      '2026-04-23-arsmote',
      '--as-of',
      '2026-12-11',
      '--lang',
      'en',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('is one of Årsmøtet');
    // In Norwegian the body is named «organet …», which fits a level, a committee and a council.
    const nb = (args: string[]) => runBin(args.map((x) => (x === 'en' ? 'nb' : x))).stderr;
    expect(
      nb([
        'record',
        'duty',
        dir,
        '--duty',
        'budsjett',
        '--date',
        '10.12.2026',
        '--as-of',
        '2026-12-11',
        '--lang',
        'en',
      ]),
    ).toContain(
      'plikten budsjett gjøres bare ved et vedtak i et møte i organet Regionrådet; oppgi møtet med --meeting',
    );
    expect(readFileSync(join(dir, 'meetings', '2026.yaml'), 'utf8')).toBe(meetings);

    expect(
      runBin([
        'record',
        'meeting',
        dir,
        '--body',
        'radet',
        '--date',
        '10.12.2026',
        '--status',
        'held',
        '--as-of',
        '2026-12-11',
      ]).status,
    ).toBe(0);
    const done = runBin([
      'record',
      'duty',
      dir,
      '--duty',
      'budsjett',
      '--date',
      '10.12.2026',
      '--meeting',
      '2026-12-10-radet',
      '--as-of',
      '2026-12-11',
    ]);
    expect(done.status, done.stderr).toBe(0);
    expect(readFileSync(join(dir, 'meetings', '2026.yaml'), 'utf8')).toContain(
      '    decisions:\n      - id: budsjett-og-okonomiplan-er-vedtekne\n        text: Budsjett og økonomiplan er vedtekne\n        fulfils: budsjett\n',
    );
    const status = json(['status', dir, '--as-of', '2026-12-11', '--all']);
    expect(
      status.agreements[0].obligations.find((o: { subject: string }) => o.subject === 'duty:budsjett'),
    ).toMatchObject({ state: 'ok', last: '2026-12-10' });
  });

  it('record decision --fulfils refuses a duty that is not there', () => {
    const dir = copy();
    const run = runBin([
      'record',
      'decision',
      dir,
      '--meeting',
      '2026-09-17-radet',
      '--text',
      'Noko',
      '--fulfils',
      'ukjend',
      '--lang',
      'en',
      '--as-of',
      '2026-12-11',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('samarbeid: no duty ukjend in governance.duties');
  });

  it('a refusal about the nynorsk agreement is in nynorsk, unless --lang says otherwise', () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'agreement.yaml'), 'utf8');
    const args = ['record', 'duty', dir, '--duty', 'ukjend', '--date', '2026-12-01', '--as-of', '2026-12-11'];
    const nn = runBin(args);
    expect(nn.status).toBe(2);
    expect(nn.stderr.trim()).toBe('samarbeid: fann ikkje plikta ukjend i governance.duties');
    expect(runBin([...args, '--lang', 'nb']).stderr.trim()).toBe(
      'samarbeid: fant ikke plikten ukjend i governance.duties',
    );
    expect(readFileSync(join(dir, 'agreement.yaml'), 'utf8')).toBe(before);
  });
});
