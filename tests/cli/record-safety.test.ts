import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, runBin } from '../helpers.js';

// Each failure of `record` that issue 11 reports, as a test through the built CLI.

const AS_OF = ['--as-of', '2026-12-10', '--lang', 'en'];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

function snapshot(dir: string): Record<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return Object.fromEntries(
    walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

const TWO_MEETINGS = `schemaVersion: 1
meetings:
  - id: 2026-12-08-top
    body: top
    date: 2026-12-08
    status: planned
    host: part-a
    actions:
      - { id: a1, text: Forberede, owner: part-a, due: 2026-12-01, done: 2026-11-30 }
  - id: 2026-12-09-middle
    body: middle
    date: 2026-12-09
    status: planned
`;

describe('record puts every edit in its place', () => {
  it('a title for a meeting whose last key is a block list lands on that meeting, not the next', () => {
    const dir = agreementWith({ 'meetings/2026.yaml': TWO_MEETINGS });
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'top',
      '--date',
      '2026-12-08',
      '--title',
      'Toppmøte 2026',
      ...AS_OF,
    ]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(read(dir, 'meetings/2026.yaml')).toBe(
      TWO_MEETINGS.replace(
        '    status: planned\n    host: part-a',
        '    status: held\n    host: part-a',
      ).replace('2026-11-30 }\n', '2026-11-30 }\n    title: Toppmøte 2026\n'),
    );
  });

  it('a report for a group whose last key is a block list does not rename the next group', () => {
    const groups = `schemaVersion: 1
workingGroups:
  - id: g1
    name: Gruppe 1
    leader: kontakt-a
    members:
      - kontakt-a
      - kontakt-b
  - id: g2
    name: Gruppe 2
    leader: kontakt-b
    members: [kontakt-a, kontakt-b]
`;
    const dir = agreementWith({ 'working-groups.yaml': groups });
    const run = runBin(['record', 'report', dir, '--group', 'g1', '--date', '2026-12-01', ...AS_OF]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(read(dir, 'working-groups.yaml')).toBe(
      groups.replace(
        '      - kontakt-b\n  - id: g2',
        '      - kontakt-b\n    reports:\n      - date: 2026-12-01\n  - id: g2',
      ),
    );
  });

  it('a plan evaluation after a folded title is added to the plan, not into the title', () => {
    const plan = `schemaVersion: 1
id: plan
owner: middle
status: draft
title: >-
  Handlingsplan med
  en lang tittel
`;
    const dir = agreementWith({ 'action-plans/plan.yaml': plan });
    const run = runBin(['record', 'evaluation', dir, '--plan', 'plan', '--date', '2026-12-01', ...AS_OF]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(read(dir, 'action-plans/plan.yaml')).toBe(`${plan}evaluations:\n  - date: 2026-12-01\n`);
  });

  it('a CRLF file stays CRLF, and its byte-order mark stays', () => {
    const crlf = `\uFEFF${TWO_MEETINGS.replace(/\n/g, '\r\n')}`;
    const dir = agreementWith({ 'meetings/2026.yaml': crlf });
    const run = runBin(['record', 'meeting', dir, '--body', 'middle', '--date', '2026-10-01', ...AS_OF]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const after = read(dir, 'meetings/2026.yaml');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toBe(
      `${crlf}  - id: 2026-10-01-middle\r\n    body: middle\r\n    date: 2026-10-01\r\n    status: held\r\n`,
    );
  });

  it('an edit through a YAML alias is refused with a clear message, and nothing is written', () => {
    const meetings = `schemaVersion: 1
meetings:
  - &m { id: 2026-06-01-middle, body: middle, date: 2026-06-01, status: planned }
`;
    const dir = agreementWith({ 'meetings/2026.yaml': meetings });
    const before = snapshot(dir);
    const run = runBin(['record', 'meeting', dir, '--body', 'middle', '--date', '2026-06-01', ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot edit through a YAML alias or anchor');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('record writes each thing once', () => {
  it('recording a held meeting again says it is already recorded and adds no second meeting', () => {
    const dir = agreementWith();
    const args = ['record', 'meeting', dir, '--body', 'middle', '--date', '01.10.2026', ...AS_OF];
    expect(runBin(args).status).toBe(0);
    const once = read(dir, 'meetings/2026.yaml');
    const again = runBin(args);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('Already recorded: meeting 2026-10-01-middle. Nothing changed.\n');
    expect(read(dir, 'meetings/2026.yaml')).toBe(once);
  });

  it('a held meeting cannot be turned back into a plan, and a second done date is refused, naming what is there', () => {
    const dir = agreementWith({
      'meetings/2026.yaml': TWO_MEETINGS.replace('status: planned\n    host', 'status: held\n    host'),
    });
    const before = snapshot(dir);
    const planned = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'top',
      '--date',
      '2026-12-08',
      '--status',
      'planned',
      ...AS_OF,
    ]);
    expect(planned.status).toBe(1);
    expect(planned.stderr).toContain(
      'Meeting 2026-12-08-top is recorded as held and cannot be changed to planned',
    );
    const done = runBin([
      'record',
      'done',
      dir,
      '--action',
      '2026-12-08-top/a1',
      '--date',
      '2026-12-02',
      ...AS_OF,
    ]);
    expect(done.status).toBe(1);
    expect(done.stderr).toContain(
      'Conflicts with the record: action 2026-12-08-top/a1 has date done 30 Nov 2026, not 2 Dec 2026',
    );
    const same = runBin([
      'record',
      'done',
      dir,
      '--action',
      '2026-12-08-top/a1',
      '--date',
      '30.11.2026',
      ...AS_OF,
    ]);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('Already recorded');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a planned meeting that is cancelled changes status in place', () => {
    const dir = agreementWith({ 'meetings/2026.yaml': TWO_MEETINGS });
    const run = runBin([
      'record',
      'meeting',
      dir,
      '--body',
      'middle',
      '--date',
      '2026-12-09',
      '--status',
      'cancelled',
      ...AS_OF,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(read(dir, 'meetings/2026.yaml')).toBe(
      TWO_MEETINGS.replace(/status: planned\n$/, 'status: cancelled\n'),
    );
  });
});

describe('record blocks only what the change would break', () => {
  it('an agreement with an unrelated error can still be recorded; the error is mentioned once', () => {
    const dir = agreementWith({
      'meetings/2025.yaml':
        'schemaVersion: 1\nmeetings:\n  - { id: x, body: nobody, date: 2025-03-01, status: held }\n',
    });
    const run = runBin(['record', 'meeting', dir, '--body', 'middle', '--date', '2026-10-01', ...AS_OF]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe('Added meeting 2026-10-01-middle to meetings/2026.yaml\n');
    expect(run.stderr.match(/already has errors/g)).toHaveLength(1);
  });

  it('a refusal names the new findings without a line of a file that was not written, with a hint', () => {
    const dir = agreementWith({ 'meetings/2026.yaml': TWO_MEETINGS });
    const before = snapshot(dir);
    const run = runBin(['record', 'meeting', dir, '--body', 'middle', '--date', '2026-12-20', ...AS_OF]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\S*meetings\/2026\.yaml \(in the change\) error \[held-in-future\]/);
    expect(run.stdout).not.toMatch(/2026\.yaml:\d+/);
    expect(run.stderr).toContain('--status planned');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a meeting file that is not UTF-8 is named as the problem, in a dry run too, and never rewritten', () => {
    const dir = agreementWith();
    const bad = Buffer.concat([Buffer.from('schemaVersion: 1\nmeetings: []\n# '), Buffer.from([0xe6, 0xf8])]);
    mkdirSync(join(dir, 'meetings'));
    writeFileSync(join(dir, 'meetings', '2026.yaml'), bad);
    const before = snapshot(dir);
    for (const extra of [[], ['--dry-run']]) {
      const run = runBin([
        'record',
        'meeting',
        dir,
        '--body',
        'middle',
        '--date',
        '2026-10-01',
        ...AS_OF,
        ...extra,
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('meetings/2026.yaml has errors that must be fixed');
      expect(run.stdout).not.toContain('+++');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('a person recorded into an agreement without people.yaml is refused with the reason, not as a bug', () => {
    const dir = agreementWith({ 'people.yaml': null });
    const run = runBin([
      'record',
      'person',
      dir,
      '--id',
      'x',
      '--party',
      'part-a',
      '--role',
      'Rådgiver',
      ...AS_OF,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('people.yaml is not in the agreement folder');
  });
});
