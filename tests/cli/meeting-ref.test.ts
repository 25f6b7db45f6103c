import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 14: BODY@DATE names a meeting as well as its id (in M/ID too); a moved meeting keeps
// its id, and the move says how to name it; every "not found" offers the closest.
const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-ref-')), 'buskerud-2024');
  cpSync(join(ROOT, 'data', 'buskerud-2024'), dir, { recursive: true });
  return dir;
};
const MEETINGS = 'meetings/2026.yaml';
const record = (dir: string, args: string[], asOf = '2026-12-07') =>
  runBin(['record', args[0]!, dir, ...args.slice(1), '--as-of', asOf, '--lang', 'nb']);

describe('a meeting named by body and date', () => {
  it('after a move the id stays, the move says how to name it, and BODY@DATE finds it', () => {
    const dir = copy();
    const moved = record(dir, ['move', '--meeting', '2026-12-10-middle', '--date', '17.12.2026']);
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toContain(
      'Møtet beholder id-en 2026-12-10-middle; du kan også kalle det middle@17.12.2026',
    );
    // The id the user guide's reader would guess is offered the moved meeting.
    const guessed = record(dir, ['decision', '--meeting', '2026-12-17-middle', '--text', 'Ny rutine']);
    expect(guessed.status).toBe(2);
    expect(guessed.stderr.trim()).toBe(
      'samarbeid: fant ikke møtet 2026-12-17-middle; mente du 2026-12-10-middle (middle@17.12.2026)?',
    );
    const before = readFileSync(join(dir, MEETINGS), 'utf8');
    const decided = record(dir, [
      'decision',
      '--meeting',
      'middle@17.12.2026',
      '--text',
      'Ny rutine',
      '--id',
      'ny-rutine',
    ]);
    expect(decided.status, decided.stderr).toBe(0);
    const after = readFileSync(join(dir, MEETINGS), 'utf8');
    // The id is written, never the form the user typed.
    expect(after).not.toContain('@');
    expect(after.replace(before.slice(0, before.indexOf('  - id: 2026-12-10-middle')), '')).toMatch(
      /^ {2}- id: 2026-12-10-middle\n {4}body: middle\n {4}date: 2026-12-17\n {4}status: planned\n {4}decisions:\n {6}- id: ny-rutine\n {8}text: Ny rutine\n/,
    );
  });

  it('names a meeting inside M/ID, and --at of record minutes', () => {
    const dir = copy();
    const done = record(dir, ['done', '--action', 'middle@04.06.2026/rapportmal', '--date', '01.10.2026']);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('2026-06-04-middle/rapportmal');
    expect(readFileSync(join(dir, MEETINGS), 'utf8')).toContain(
      '- { id: rapportmal, text: Felles mal for arbeidsgruppenes rapporter, owner: sekretariat-bfk, due: 2026-09-30, done: 2026-10-01 }',
    );
    const minutes = record(dir, [
      'minutes',
      '--meeting',
      'middle@04.06.2026',
      '--approved',
      '20.08.2026',
      '--at',
      'middle@20.08.2026',
    ]);
    expect(minutes.status, minutes.stderr).toBe(0);
    const text = readFileSync(join(dir, MEETINGS), 'utf8');
    expect(text).not.toContain('@');
    expect(text).toMatch(/approved: 2026-08-20, at: 2026-08-20-middle/);
  });

  it('refuses, in one line with what is near, a date with no meeting, an unknown body, a bad date', () => {
    const dir = copy();
    const before = readFileSync(join(dir, MEETINGS), 'utf8');
    const none = record(dir, ['decision', '--meeting', 'middle@21.08.2026', '--text', 'X']);
    expect(none.status).toBe(2);
    expect(none.stderr.trim()).toBe(
      'samarbeid: fant ikke noe møte middle@21.08.2026; nærmest i tid: 2026-08-20-middle (middle@20.08.2026), 2026-06-04-middle (middle@04.06.2026), 2026-12-10-middle (middle@10.12.2026)',
    );
    const body = record(dir, ['decision', '--meeting', 'midle@20.08.2026', '--text', 'X']);
    expect(body.stderr).toContain(
      'fant ikke organet midle; organene og arbeidsgruppene er top, middle, committee',
    );
    const date = record(dir, ['decision', '--meeting', 'middle@2026-13-01', '--text', 'X']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('middle@2026-13-01 er ikke et møte: skriv møte-id-en eller ORGAN@DATO');
    expect(readFileSync(join(dir, MEETINGS), 'utf8')).toBe(before);
  });

  it('offers the closest measure for a typo', () => {
    const run = record(copy(), [
      'done',
      '--measure',
      'handlingsplan-samarbeidsutvalget/flerpartsveileding',
      '--date',
      '01.12.2026',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mente du handlingsplan-samarbeidsutvalget/flerpartsveiledning?');
  });
});
