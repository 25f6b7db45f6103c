import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookUpGiven, lookUpMinutes, minutesFiles } from '../../src/load/minutes-files.js';
import { minutesRef } from '../../src/model/minutes-ref.js';

describe('minutes: a link or a path (SPEC section 10)', () => {
  it.each([
    ['https://example.org/referat.pdf', 'link'],
    ['http://intranett/referat', 'link'],
    ['mailto:post@example.org', 'link'],
    ['urn:nbn:no-nb_digibok_2026', 'link'],
    ['referat/2026-03-04.pdf', 'path'],
    ['Referat 4. mars.pdf', 'path'],
    ['../felles/referat.pdf', 'path'],
    ['/srv/referat.pdf', 'absolute'],
    ['C:\\Referat\\2026.pdf', 'absolute'],
    ['c:referat.pdf', 'absolute'],
    ['\\\\server\\share\\referat.pdf', 'absolute'],
    ['', 'none'],
  ])('%s is a %s', (value, kind) => {
    expect(minutesRef(value).kind).toBe(kind);
  });
});

function folder(): { dir: string; root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'samarbeid-minutes-'));
  const dir = join(base, 'avtale');
  mkdirSync(join(dir, 'referat'), { recursive: true });
  writeFileSync(join(dir, 'referat', '2026-03-04.pdf'), 'referat');
  writeFileSync(join(base, 'hemmelig.pdf'), 'utenfor');
  return { dir, root: realpathSync(dir), outside: join(base, 'hemmelig.pdf') };
}

describe('the loader looks up a path of minutes from the agreement folder', () => {
  it('a file there is a file; a path to nothing is missing', () => {
    const { dir, root } = folder();
    expect(lookUpMinutes(dir, root, 'referat/2026-03-04.pdf')).toEqual({ state: 'file' });
    expect(lookUpMinutes(dir, root, 'referat/./2026-03-04.pdf')).toEqual({ state: 'file' });
    expect(lookUpMinutes(dir, root, 'referat/2026-06-10.pdf')).toEqual({ state: 'missing' });
    // A file where a folder of the path should be.
    expect(lookUpMinutes(dir, root, 'referat/2026-03-04.pdf/side-2')).toEqual({ state: 'missing' });
  });

  it('a folder is not a file', () => {
    const { dir, root } = folder();
    expect(lookUpMinutes(dir, root, 'referat')).toEqual({ state: 'not-a-file', kind: 'directory' });
  });

  it('.. out of the folder is outside, even when the file exists there', () => {
    const { dir, root } = folder();
    expect(lookUpMinutes(dir, root, '../hemmelig.pdf')).toEqual({ state: 'outside' });
    expect(lookUpMinutes(dir, root, 'referat/../../hemmelig.pdf')).toEqual({ state: 'outside' });
    // Back inside after a detour through the parent: inside, by where it ends.
    expect(lookUpMinutes(dir, root, '../avtale/referat/2026-03-04.pdf')).toEqual({ state: 'file' });
  });

  it('a link out of the folder is outside; a link to a file inside is a file', () => {
    const { dir, root, outside } = folder();
    symlinkSync(outside, join(dir, 'referat', 'lenke.pdf'));
    symlinkSync(join(dir, 'referat', '2026-03-04.pdf'), join(dir, 'siste.pdf'));
    symlinkSync(join(dir, 'referat', 'borte.pdf'), join(dir, 'brutt.pdf'));
    expect(lookUpMinutes(dir, root, 'referat/lenke.pdf')).toEqual({ state: 'outside' });
    expect(lookUpMinutes(dir, root, 'siste.pdf')).toEqual({ state: 'file' });
    expect(lookUpMinutes(dir, root, 'brutt.pdf')).toEqual({ state: 'missing' });
  });

  it('a folder that is a link out makes its files outside; a trailing slash names a folder', () => {
    const { dir, root, outside } = folder();
    symlinkSync(join(outside, '..'), join(dir, 'arkiv'));
    const folders = new Map();
    expect(lookUpMinutes(dir, root, 'arkiv/hemmelig.pdf', folders)).toEqual({ state: 'outside' });
    expect(lookUpMinutes(dir, root, 'arkiv/borte.pdf', folders)).toEqual({ state: 'outside' });
    expect(lookUpMinutes(dir, root, 'referat/2026-03-04.pdf/')).toEqual({ state: 'missing' });
    expect(lookUpMinutes(dir, root, 'referat/')).toEqual({ state: 'not-a-file', kind: 'directory' });
  });

  it('a FIFO is not a file, and is not opened (no hang)', () => {
    const { dir, root } = folder();
    if (spawnSync('mkfifo', [join(dir, 'referat', 'ror.pdf')]).status !== 0) return;
    expect(lookUpMinutes(dir, root, 'referat/ror.pdf')).toEqual({ state: 'not-a-file', kind: 'fifo' });
  });

  it('links are not looked up; each path once', () => {
    const { dir, root } = folder();
    const found = minutesFiles(dir, root, [
      'https://example.org/referat.pdf',
      'referat/2026-03-04.pdf',
      'referat/2026-03-04.pdf',
      'referat/borte.pdf',
      '/srv/referat.pdf',
    ]);
    expect([...found]).toEqual([
      ['referat/2026-03-04.pdf', { state: 'file' }],
      ['referat/borte.pdf', { state: 'missing' }],
    ]);
    // A folder that does not exist (yet) has nothing to look in.
    expect(minutesFiles(dir, null, ['referat/2026-03-04.pdf']).size).toBe(0);
  });

  it('record: a path given from the working folder is named from the agreement folder', () => {
    const { dir } = folder();
    const cwd = join(dir, '..', '..');
    const given = `${join(dir, 'referat', '2026-03-04.pdf').slice(cwd.length + 1)}`;
    expect(lookUpGiven(dir, given, cwd)).toEqual({
      lookup: { state: 'missing' },
      suggested: 'referat/2026-03-04.pdf',
    });
    expect(lookUpGiven(dir, 'referat/2026-03-04.pdf', cwd)).toEqual({
      lookup: { state: 'file' },
      suggested: null,
    });
    expect(lookUpGiven(dir, 'https://example.org/r.pdf', cwd)).toEqual({
      lookup: undefined,
      suggested: null,
    });
    // From the working folder it is outside the agreement folder: no suggestion.
    expect(lookUpGiven(dir, join('..', 'hemmelig.pdf'), dir).suggested).toBeNull();
  });
});
