import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 14, end to end through the built CLI: record remove and record undo, each change
// the exact one, a refusal writing nothing, and undo data from someone else never believed.
const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-remove-')), 'buskerud-2024');
  cpSync(join(ROOT, 'data', 'buskerud-2024'), dir, { recursive: true });
  return dir;
};
const bytes = (dir: string, file: string) => readFileSync(join(dir, file));
const record = (dir: string, args: string[]) =>
  runBin(['record', args[0]!, dir, ...args.slice(1), '--as-of', '2026-12-07', '--lang', 'nb']);
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

describe('record remove', () => {
  it('removes a decision recorded by mistake, its key with it, and names what a meeting is used by', () => {
    const dir = copy();
    const before = bytes(dir, 'meetings/2025.yaml');
    const run = record(dir, ['remove', '--decision', '2025-12-10-middle/arsrapport']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Fjernet vedtak 2025-12-10-middle/arsrapport fra meetings/2025.yaml\nListen «decisions» ble tom og er tatt bort.\n',
    );
    expect(bytes(dir, 'meetings/2025.yaml').toString()).toBe(
      before
        .toString()
        .replace('    decisions:\n      - { id: arsrapport, text: Årsrapport 2025 godkjent. }\n', ''),
    );
    // The meeting is still the one the evaluation was made at: refused, naming it, nothing written.
    const after = bytes(dir, 'meetings/2025.yaml');
    const meeting = record(dir, ['remove', '--meeting', 'middle@10.12.2025']);
    expect(meeting.status).toBe(1);
    expect(meeting.stderr).toContain(
      'kan ikke fjerne møte 2025-12-10-middle, som er i bruk: evalueringen 10.12.2025 i evaluations.yaml. Endre eller fjern dette først',
    );
    expect(bytes(dir, 'meetings/2025.yaml')).toEqual(after);
  });

  it('refuses a meeting at which a plan was retired, naming the plan', () => {
    const dir = copy();
    const retired = record(dir, [
      'retire',
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--meeting',
      'middle@20.08.2026',
    ]);
    expect(retired.status, retired.stderr).toBe(0);
    const after = bytes(dir, 'meetings/2026.yaml');
    const run = record(dir, ['remove', '--meeting', '2026-08-20-middle']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('handlingsplanen handlingsplan-samarbeidsutvalget ble avsluttet der');
    expect(bytes(dir, 'meetings/2026.yaml')).toEqual(after);
  });

  it('refuses a meeting with decisions, a contact person, and a usage error, writing nothing', () => {
    const dir = copy();
    const people = bytes(dir, 'people.yaml');
    const meetings = bytes(dir, 'meetings/2026.yaml');
    const held = record(dir, ['remove', '--meeting', '2026-02-09-middle']);
    expect(held.status).toBe(1);
    expect(held.stderr).toContain(
      'det har vedtak eller oppfølgingspunkter: 2026-02-09-middle/revisjon-handlingsplan',
    );
    const contact = record(dir, ['remove', '--person', 'avdelingsdirektor-samfunn']);
    expect(contact.status).toBe(1);
    expect(contact.stderr).toContain('kontaktperson for Nav Vest-Viken (people.yaml)');
    const both = record(dir, ['remove', '--person', 'x', '--meeting', 'y']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('oppgi nøyaktig én av');
    for (const run of [held, contact, both]) noStack(run.stderr);
    expect(bytes(dir, 'people.yaml')).toEqual(people);
    expect(bytes(dir, 'meetings/2026.yaml')).toEqual(meetings);
    expect(existsSync(join(dir, '.samarbeid'))).toBe(false);
  });
});

describe('record undo', () => {
  it('records, removes, undoes: the bytes exactly back; a second undo is refused', () => {
    const dir = copy();
    const original = bytes(dir, 'meetings/2026.yaml');
    const add = record(dir, [
      'decision',
      '--meeting',
      'middle@10.12.2026',
      '--text',
      'Budsjett vedtatt',
      '--id',
      'budsjett',
    ]);
    expect(add.status, add.stderr).toBe(0);
    const recorded = bytes(dir, 'meetings/2026.yaml');
    expect(recorded).not.toEqual(original);
    const remove = record(dir, ['remove', '--decision', 'middle@10.12.2026/budsjett']);
    expect(remove.status, remove.stderr).toBe(0);
    expect(bytes(dir, 'meetings/2026.yaml')).not.toEqual(recorded);
    const undo = record(dir, ['undo']);
    expect(undo.status, undo.stderr).toBe(0);
    expect(undo.stdout).toBe('Angret den siste endringen i meetings/2026.yaml\n');
    expect(bytes(dir, 'meetings/2026.yaml')).toEqual(recorded);
    const again = record(dir, ['undo']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('det er ingenting å angre i denne mappen');
    expect(bytes(dir, 'meetings/2026.yaml')).toEqual(recorded);
    // Outside git the data is kept in the folder, beside a .gitignore of `*`.
    expect(readFileSync(join(dir, '.samarbeid', 'undo', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('undoes a change that created a file by removing it; CRLF and a BOM come back byte for byte', () => {
    const dir = copy();
    const path = join(dir, 'people.yaml');
    const crlf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(readFileSync(path, 'utf8').replace(/\n/g, '\r\n')),
    ]);
    writeFileSync(path, crlf);
    const person = record(dir, ['remove', '--person', 'fylkeskommunedirektor']);
    expect(person.status, person.stderr).toBe(0);
    expect(record(dir, ['undo']).status).toBe(0);
    expect(readFileSync(path)).toEqual(crlf);
    const meeting = record(dir, [
      'meeting',
      '--body',
      'middle',
      '--date',
      '10.02.2027',
      '--status',
      'planned',
    ]);
    expect(meeting.status, meeting.stderr).toBe(0);
    expect(existsSync(join(dir, 'meetings', '2027.yaml'))).toBe(true);
    const undo = record(dir, ['undo']);
    expect(undo.status, undo.stderr).toBe(0);
    expect(undo.stdout).toContain('Slettet meetings/2027.yaml, som endringen hadde opprettet.');
    expect(existsSync(join(dir, 'meetings', '2027.yaml'))).toBe(false);
  });

  it('in a git repository keeps its data in .git, so git status shows only the change', () => {
    const dir = copy();
    const repo = join(dir, '..');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    git('init', '-q', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'data');
    const run = record(dir, ['remove', '--measure', 'handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag']);
    expect(run.status, run.stderr).toBe(0);
    expect(git('status', '--porcelain')).toBe(
      ' M buskerud-2024/action-plans/handlingsplan-samarbeidsutvalget.yaml\n',
    );
    expect(readdirSync(join(repo, '.git', 'samarbeid-undo'))).toHaveLength(1);
    expect(existsSync(join(dir, '.samarbeid'))).toBe(false);
    expect(record(dir, ['undo']).status).toBe(0);
    expect(git('status', '--porcelain')).toBe('');
    expect(readdirSync(join(repo, '.git', 'samarbeid-undo'))).toEqual([]);
  });

  it('refuses to delete a created file that something refers to by now (checked as the folder will be)', () => {
    const dir = copy();
    const made = record(dir, ['meeting', '--body', 'middle', '--date', '10.02.2027', '--status', 'planned']);
    expect(made.status, made.stderr).toBe(0);
    const path = join(dir, 'action-plans', 'handlingsplan-ungdom.yaml');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}evaluations:\n  - date: 2026-12-01\n    meeting: 2027-02-10-middle\n`,
    );
    const created = readFileSync(join(dir, 'meetings', '2027.yaml'));
    const undo = record(dir, ['undo']);
    expect(undo.status, undo.stdout + undo.stderr).toBe(1);
    expect(undo.stdout).toContain('2027-02-10-middle');
    expect(readFileSync(join(dir, 'meetings', '2027.yaml'))).toEqual(created);
  });

  it('refuses after a hand edit of a file the change touched, naming the file', () => {
    const dir = copy();
    expect(record(dir, ['remove', '--report', 'ungdom-opplaering/27.08.2026']).status).toBe(0);
    const path = join(dir, 'working-groups.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}# rettet for hånd\n`);
    const edited = readFileSync(path);
    const undo = record(dir, ['undo']);
    expect(undo.status).toBe(1);
    expect(undo.stderr).toContain(
      'kan ikke angre: working-groups.yaml er endret etter den siste registreringen',
    );
    noStack(undo.stderr);
    expect(readFileSync(path)).toEqual(edited);
  });

  it('ignores a planted undo record that names a path outside the folder: nothing written anywhere', () => {
    const dir = copy();
    const parent = join(dir, '..');
    const outside = join(parent, 'outside.yaml');
    writeFileSync(outside, 'schemaVersion: 1\n');
    const folder = join(dir, '.samarbeid', 'undo');
    mkdirSync(folder, { recursive: true });
    const plant = (files: unknown[]) =>
      writeFileSync(
        join(folder, 'last.json'),
        JSON.stringify({ format: 'samarbeid-undo/2', folder: realpathSync(dir), files }),
      );
    const people = readFileSync(join(dir, 'people.yaml'), 'utf8');
    for (const file of ['../outside.yaml', outside, 'meetings/../../outside.yaml', '.samarbeid/x.yaml']) {
      plant([{ file, before: 'pwned: true\n', after: 'schemaVersion: 1\n', id: '1:2:3' }]);
      const undo = record(dir, ['undo']);
      expect([1, 2], file).toContain(undo.status);
      expect(undo.stderr).toContain('angredataene er skadet eller hører ikke til denne mappen');
      noStack(undo.stderr);
      expect(readFileSync(outside, 'utf8')).toBe('schemaVersion: 1\n');
    }
    // One of another folder, or not JSON at all: the same.
    writeFileSync(
      join(folder, 'last.json'),
      JSON.stringify({
        format: 'samarbeid-undo/2',
        folder: '/elsewhere',
        files: [{ file: 'people.yaml', before: 'x: 1\n', after: people, id: '1:2:3' }],
      }),
    );
    expect(record(dir, ['undo']).status).toBe(1);
    writeFileSync(join(folder, 'last.json'), '{ not json');
    expect(record(dir, ['undo']).status).toBe(1);
    expect(readFileSync(join(dir, 'people.yaml'), 'utf8')).toBe(people);
    expect(readdirSync(parent).sort()).toEqual(['buskerud-2024', 'outside.yaml']);
  });

  it('undo data that came with an unpacked folder (outside git) cannot reverse a change nobody made', () => {
    const dir = copy();
    const folder = join(dir, '.samarbeid', 'undo');
    mkdirSync(folder, { recursive: true });
    const people = readFileSync(join(dir, 'people.yaml'), 'utf8');
    // Exactly what samarbeid writes for this folder, naming people.yaml by its very text; only the
    // file's identity on disk, which the unpacking made, cannot be known beforehand.
    const { dev, ino, ctimeNs } = lstatSync(join(dir, 'people.yaml'), { bigint: true });
    for (const id of ['1:2:3', `${dev}:${ino}:${ctimeNs - 1n}`]) {
      writeFileSync(
        join(folder, 'last.json'),
        JSON.stringify({
          format: 'samarbeid-undo/2',
          folder: realpathSync(dir),
          files: [{ file: 'people.yaml', before: 'schemaVersion: 1\npeople: []\n', after: people, id }],
        }),
      );
      const undo = record(dir, ['undo']);
      expect(undo.status, id).toBe(1);
      expect(undo.stderr).toContain('kan ikke angre: people.yaml er endret etter den siste registreringen');
      noStack(undo.stderr);
      expect(readFileSync(join(dir, 'people.yaml'), 'utf8')).toBe(people);
    }
  });

  it('keeps no undo data through a linked .samarbeid folder, and reads none there', () => {
    const dir = copy();
    const elsewhere = mkdtempSync(join(tmpdir(), 'samarbeid-elsewhere-'));
    mkdirSync(join(elsewhere, 'undo'));
    symlinkSync(elsewhere, join(dir, '.samarbeid'));
    const run = record(dir, ['remove', '--person', 'fylkeskommunedirektor']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('kan ikke angres med «samarbeid record undo»');
    expect(readdirSync(join(elsewhere, 'undo'))).toEqual([]);
    const undo = record(dir, ['undo']);
    expect(undo.status).toBe(1);
    noStack(undo.stderr);
  });
});
