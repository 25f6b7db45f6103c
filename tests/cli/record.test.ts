import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runBin } from '../helpers.js';

/** A copy of the example workspace (the predecessor too: `supersedes` names it); the Buskerud folder. */
function copyOfBuskerud(): string {
  const ws = join(mkdtempSync(join(tmpdir(), 'samarbeid-rec-')), 'data');
  cpSync(join(ROOT, 'data'), ws, { recursive: true });
  return join(ws, 'buskerud-2024');
}

function snapshot(dir: string): Record<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(
    walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

const AS_OF = ['--as-of', '2026-12-10'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('samarbeid record (built bin)', () => {
  it('marks the planned top meeting as held: exactly one line changes', () => {
    const dir = copyOfBuskerud();
    const before = read(dir, 'meetings/2026.yaml');
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'top',
      '--date',
      '2026-12-08',
      ...AS_OF,
      '--lang',
      'en',
    ]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe('Recorded meeting 2026-12-08-top as held in meetings/2026.yaml\n');
    expect(read(dir, 'meetings/2026.yaml')).toBe(
      before.replace('status: planned\n    host: buskerud-fk', 'status: held\n    host: buskerud-fk'),
    );
  });

  it('adds a meeting with the computed host of a rotating body, appending only', () => {
    const dir = copyOfBuskerud();
    const before = read(dir, 'meetings/2026.yaml');
    expect(
      runBin(['record', 'meeting', dir, '--body', 'middle', '--date', '2026-12-09', ...AS_OF]).status,
    ).toBe(0);
    expect(read(dir, 'meetings/2026.yaml')).toBe(
      `${before}  - id: 2026-12-09-middle\n    body: middle\n    date: 2026-12-09\n    status: held\n`,
    );
    const next = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'top',
      '--date',
      '2027-10-01',
      '--status',
      'planned',
      '--as-of',
      '2026-12-10',
    ]);
    expect(next.status, next.stdout).toBe(0);
    expect(read(dir, 'meetings/2027.yaml')).toBe(
      '# yaml-language-server: $schema=../../../schemas/meetings.schema.json\nschemaVersion: 1\nmeetings:\n  - id: 2027-10-01-top\n    body: top\n    date: 2027-10-01\n    status: planned\n    host: buskerud-fk\n',
    );
  });

  it('closes the follow-up loop: evaluation, report, measure and action', () => {
    const dir = copyOfBuskerud();
    const runs = [
      ['record', 'evaluation', dir, '--agreement', '--date', '2026-12-10', '--summary', 'Årsrapport 2026'],
      ['record', 'evaluation', dir, '--plan', 'handlingsplan-samarbeidsutvalget', '--date', '2026-12-09'],
      [
        'record',
        'report',
        dir,
        '--group',
        'voksne-kompetanse',
        '--date',
        '2026-12-01',
        '--summary',
        'Status: vinter',
      ],
      [
        'record',
        'done',
        dir,
        '--measure',
        'handlingsplan-samarbeidsutvalget/flerpartsveiledning',
        '--date',
        '2026-12-01',
      ],
      ['record', 'done', dir, '--action', '2026-06-04-middle/rapportmal', '--date', '2026-12-02'],
    ];
    for (const args of runs) {
      const run = runBin([...args, ...AS_OF]);
      expect(run.status, `${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(0);
    }
    expect(read(dir, 'evaluations.yaml')).toContain('  - date: 2026-12-10\n    summary: Årsrapport 2026\n');
    expect(read(dir, 'working-groups.yaml')).toContain(
      '      - { date: 2026-06-25, summary: Status før sommeren }\n      - { date: 2026-12-01, summary: "Status: vinter" }\n',
    );
    expect(read(dir, 'action-plans/handlingsplan-samarbeidsutvalget.yaml')).toContain(
      '    due: 2026-06-30\n    done: 2026-12-01\n',
    );
    expect(read(dir, 'meetings/2026.yaml')).toContain('due: 2026-09-30, done: 2026-12-02 }');
    const status = JSON.parse(runBin(['status', dir, ...AS_OF, '--format', 'json']).stdout);
    const states = Object.fromEntries(
      status.agreements[0].obligations.map((o: { subject: string; state: string }) => [o.subject, o.state]),
    );
    expect(states['report:working-group:voksne-kompetanse']).toBe('ok');
    expect(states['measure:handlingsplan-samarbeidsutvalget/flerpartsveiledning']).toBe('done');
    expect(states['action:2026-06-04-middle/rapportmal']).toBe('done');
  });

  it('every refusal leaves every file unchanged', () => {
    const dir = copyOfBuskerud();
    const before = snapshot(dir);
    const refusals: Array<[string[], number]> = [
      [['record', 'meeting', dir, '--body', 'middle', '--date', '2027-03-01', ...AS_OF], 1], // held in the future
      [['record', 'meeting', dir, '--body', 'midle', '--date', '2026-12-01', ...AS_OF], 1], // unknown body
      [['record', 'meeting', dir, '--body', 'middle', '--date', '2026-02-30', ...AS_OF], 2], // impossible date
      [
        [
          'record',
          'meeting',
          dir,
          '--body',
          'middle',
          '--date',
          '2026-12-01',
          '--id',
          '2026-08-20-middle',
          ...AS_OF,
        ],
        2,
      ],
      [['record', 'evaluation', dir, '--date', '2026-12-01', ...AS_OF], 2], // neither --plan nor --agreement
      [['record', 'evaluation', dir, '--plan', 'nope', '--date', '2026-12-01', ...AS_OF], 2],
      [['record', 'report', dir, '--group', 'nope', '--date', '2026-12-01', ...AS_OF], 2],
      [
        [
          'record',
          'done',
          dir,
          '--measure',
          'handlingsplan-samarbeidsutvalget/nope',
          '--date',
          '2026-12-01',
          ...AS_OF,
        ],
        2,
      ],
      [
        ['record', 'done', dir, '--action', '2026-06-04-middle/rapportmal', '--date', '2026-12-24', ...AS_OF],
        1,
      ], // done in the future
      [['record', 'meeting', dir, '--body', 'top', '--date', '2026-12-08', '--dry-run', ...AS_OF], 0],
    ];
    for (const [args, code] of refusals) {
      const run = runBin(args);
      expect(run.status, `${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(code);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('--dry-run prints the change as a unified diff', () => {
    const dir = copyOfBuskerud();
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'top',
      '--date',
      '2026-12-08',
      '--dry-run',
      ...AS_OF,
    ]);
    expect(run.stdout).toContain('--- a/meetings/2026.yaml');
    expect(run.stdout).toContain('-    status: planned\n+    status: held\n');
  });

  it('a refused edit prints the findings it would cause', () => {
    const dir = copyOfBuskerud();
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'midle',
      '--date',
      '2026-12-01',
      ...AS_OF,
      '--lang',
      'en',
    ]);
    expect(run.stdout).toContain('[reference] Unknown body or working group "midle"; did you mean "middle"?');
    expect(run.stderr).toContain('nothing written');
  });
});

describe('samarbeid init (built bin)', () => {
  it('writes a valid agreement and never overwrites', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const args = [
      'init',
      'ny-avtale',
      '--title',
      'Ny avtale: test',
      '--party',
      'nav-x=Nav X',
      '--party',
      'fk-y=Y fylkeskommune',
      '--from',
      '2026-01-01',
      '--contact-role',
      'nav-x=Avdelingsdirektør',
      '--contact-role',
      'fk-y=Seksjonsleder',
      '--secretariat-role',
      'nav-x=Rådgiver',
      '--secretariat-role',
      'fk-y=Rådgiver',
    ];
    expect(runBin(args, { cwd: ws }).status).toBe(0);
    const validate = runBin(['validate', 'ny-avtale', '--as-of', '2026-11-22'], { cwd: ws });
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toContain('ingen funn');
    const before = snapshot(ws);
    // The same command again is idempotent; another one never overwrites.
    const again = runBin(args, { cwd: ws });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('finnes allerede slik denne kommandoen ville skrevet den');
    const other = runBin(
      args.map((a) => (a === 'Ny avtale: test' ? 'Annen avtale' : a)),
      { cwd: ws },
    );
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('finnes allerede; init overskriver aldri noe');
    expect(snapshot(ws)).toEqual(before);
  });

  it('an id of digits alone is written so that it stays an id (not a number)', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const made = runBin(
      ['init', '12345', '--title', 'T', '--party', '678=A', '--party', 'b=B', '--from', '01.01.2026'],
      {
        cwd: ws,
      },
    );
    expect(made.status, made.stderr).toBe(0);
    expect(runBin(['validate', '12345', '--as-of', '2026-02-01'], { cwd: ws }).status).toBe(0);
  });

  it('a failure half way leaves nothing behind: both files or none', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const run = runBin(
      ['init', 'ny', '--title', 'T', '--party', 'a=A', '--party', 'b=B', '--from', '01.01.2026'],
      { cwd: ws, env: { NODE_OPTIONS: `--require ${join(FIXTURES, 'enospc-second-write.cjs')}` } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ENOSPC');
    expect(readdirSync(ws)).toEqual([]);
  });

  it('refuses bad parties and a missing title with exit 2', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    expect(
      runBin(['init', 'x', '--title', 'T', '--party', 'Bad Id=Navn', '--party', 'b=B'], { cwd: ws }).status,
    ).toBe(2);
    expect(runBin(['init', 'x', '--party', 'a=A', '--party', 'b=B'], { cwd: ws }).status).toBe(2);
    expect(runBin(['init', 'x', '--title', 'T', '--party', 'a=A'], { cwd: ws }).status).toBe(2);
    expect(readdirSync(ws)).toEqual([]);
  });

  it('--example copies the Buskerud example, valid on its own', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    expect(runBin(['init', 'eksempel', '--example'], { cwd: ws }).status).toBe(0);
    expect(readFileSync(join(ws, 'eksempel', 'meetings', '2026.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../.samarbeid/schemas/meetings.schema.json',
    );
    expect(existsSync(join(ws, '.samarbeid', 'schemas', 'meetings.schema.json'))).toBe(true);
    expect(runBin(['validate', 'eksempel', '--as-of', '2026-11-22'], { cwd: ws }).status).toBe(0);
  });
});

describe('record --help', () => {
  it('every record command has help with an example of itself', () => {
    const kinds = [
      'meeting',
      'move',
      'decision',
      'action',
      'plan',
      'adopt',
      'measure',
      'group',
      'area',
      'person',
    ];
    for (const kind of [...kinds, 'sub-agreement', 'approval', 'evaluation', 'report', 'done']) {
      const run = runBin(['record', kind, '--help', '--lang', 'en']);
      expect(run.status, kind).toBe(0);
      expect(run.stdout, kind).toMatch(new RegExp(`Examples?:\\n  samarbeid record ${kind} `));
    }
  });
});
