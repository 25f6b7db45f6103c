import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileCache } from '../../src/load/cache-location.js';
import { checkText } from '../../src/load/check-text.js';
import type { Checker } from '../../src/load/checker.js';
import { checksum } from '../../src/load/checksum.js';
import { discover } from '../../src/load/discover.js';
import { CACHE_FOLDER, CacheMiss, type Checkers, FileCache } from '../../src/load/file-cache.js';
import { loadWorkspace, type Workspace } from '../../src/load/workspace.js';
import { ROOT, workspaceOf } from '../helpers.js';

const BUILD = 'test-build';
// The writer the CLI hands to save() (src/cli/load.ts).
const writer = () => import('../../src/edit/safe-write.js');

/** A git work tree holding both example agreements. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-cache-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

function counting(): { check: Checker; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    check: (kind, source) => {
      calls.push(source.file);
      return checkText(kind, source);
    },
  };
}

function load(dir: string, checkers: Checkers): Workspace {
  const found = discover(['data'], dir);
  if (!found.ok) throw new Error(found.message.id);
  return loadWorkspace(found.value, dir, checkers);
}

// What a command sees of a workspace; sources are left out (they hold the texts either way).
const seen = (w: Workspace) => ({
  known: w.known,
  agreements: w.agreements.map((a) => ({ id: a.id, display: a.display, data: a.data, findings: a.findings })),
});

const cacheOf = (dir: string, build = BUILD) => openFileCache([join(dir, 'data', 'buskerud-2024')], build)!;
const recordOf = (dir: string, folder: string) =>
  join(dir, '.git', CACHE_FOLDER, `f-${encodeURIComponent(`data/${folder}`)}.json`);

async function warm(dir: string): Promise<void> {
  const cache = cacheOf(dir);
  load(dir, cache.checkers(checkText));
  await cache.save(writer);
}

describe('the file cache', () => {
  it('answers for unchanged files without parsing, with exactly the data a parse gives', async () => {
    const dir = repo();
    const first = counting();
    const cold = cacheOf(dir);
    const parsed = load(dir, cold.checkers(first.check));
    await cold.save(writer);
    expect(first.calls.length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, '.git', CACHE_FOLDER, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readFileSync(join(dir, '.git', CACHE_FOLDER, 'CACHEDIR.TAG'), 'utf8')).toMatch(
      /^Signature: 8a477f597d28d172/,
    );

    // A new run: nothing may be parsed, so a cache-only checker must not throw.
    const cached = load(dir, cacheOf(dir).checkers(null));
    expect(seen(cached)).toStrictEqual(seen(parsed));
    expect(seen(cached)).toStrictEqual(seen(workspaceOf(['data'], dir)));
  });

  it('parses an edited file again, and only that one', async () => {
    const dir = repo();
    await warm(dir);
    const meetings = join(dir, 'data', 'buskerud-2024', 'meetings', '2026.yaml');
    appendFileSync(meetings, '  - { id: 2026-11-20-middle, body: middle, date: 2026-11-20, status: held }\n');
    expect(() => load(dir, cacheOf(dir).checkers(null))).toThrow(CacheMiss);

    const second = counting();
    const cache = cacheOf(dir);
    const after = load(dir, cache.checkers(second.check));
    expect(second.calls).toEqual(['meetings/2026.yaml']);
    expect(seen(after)).toStrictEqual(seen(workspaceOf(['data'], dir)));
    await cache.save(writer);
    expect(() => load(dir, cacheOf(dir).checkers(null))).not.toThrow();
  });

  it('never keeps a file with findings, nor the old text of a file that has changed', async () => {
    const dir = repo();
    await warm(dir);
    const record = recordOf(dir, 'buskerud-2024');
    const people = join(dir, 'data', 'buskerud-2024', 'people.yaml');
    const oldPeople = readFileSync(people, 'utf8');
    const aRole = 'Controller, Nav Vest-Viken';
    expect(readFileSync(record, 'utf8')).toContain(aRole);

    writeFileSync(people, oldPeople.replace(aRole, 'a role: [unclosed'));
    const cache = cacheOf(dir);
    const broken = load(dir, cache.checkers(checkText));
    await cache.save(writer);
    expect(seen(broken)).toStrictEqual(seen(workspaceOf(['data'], dir)));
    expect(broken.agreements[0]!.findings.length).toBeGreaterThan(0);
    const text = readFileSync(record, 'utf8');
    const stored = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { files: Record<string, unknown> };
    expect(Object.keys(stored.files)).not.toContain('people.yaml');
    expect(readFileSync(record, 'utf8')).not.toContain(aRole);
  });

  it('removes the record of an agreement folder that is gone', async () => {
    const dir = repo();
    await warm(dir);
    expect(existsSync(recordOf(dir, 'viken-2020'))).toBe(true);
    rmSync(join(dir, 'data', 'viken-2020'), { recursive: true });
    appendFileSync(
      join(dir, 'data', 'buskerud-2024', 'meetings', '2026.yaml'),
      '# a change, so that it writes\n',
    );
    const cache = cacheOf(dir);
    load(dir, cache.checkers(checkText));
    await cache.save(writer);
    expect(existsSync(recordOf(dir, 'viken-2020'))).toBe(false);
    expect(existsSync(recordOf(dir, 'buskerud-2024'))).toBe(true);
  });

  // A record is its checksum's line and the JSON it vouches for. `resigned` changes the JSON and
  // writes a checksum that fits, so that the checks behind the checksum are tried too.
  const resigned = (change: (body: string) => string) => (text: string) => {
    const body = change(text.slice(text.indexOf('\n') + 1));
    return `${checksum(body)}\n${body}`;
  };
  it.each([
    ['not JSON', () => '{"format": 1, "bui'],
    ['of the format before', resigned((body) => body.replace('"format":3', '"format":2'))],
    ['another build', resigned((body) => body.replace(`"build":"${BUILD}"`, '"build":"other"'))],
    ['another folder', resigned((body) => body.replace(/"folder":"[^"]*"/, '"folder":"/elsewhere"'))],
    ['entries of the wrong shape', resigned((body) => body.replace(/"text":"/g, '"txt":"'))],
    // A value changed where its text did not: only the checksum can tell.
    [
      'a value changed, its checksum not',
      (text: string) => text.replace('"Nav Vest-Viken"', '"Nav Øst-Viken"'),
    ],
    ['without its checksum line', (text: string) => text.slice(text.indexOf('\n') + 1)],
  ])('ignores a record that is %s', async (_name, spoil) => {
    const dir = repo();
    await warm(dir);
    const record = recordOf(dir, 'buskerud-2024');
    const before = readFileSync(record, 'utf8');
    const spoilt = spoil(before);
    expect(spoilt).not.toBe(before);
    writeFileSync(record, spoilt);
    const again = counting();
    const loaded = load(dir, cacheOf(dir).checkers(again.check));
    expect(again.calls).toContain('agreement.yaml');
    expect(seen(loaded)).toStrictEqual(seen(workspaceOf(['data'], dir)));
  });

  it('never writes into, nor prunes, a SAMARBEID_CACHE_DIR that holds files it did not make', async () => {
    const dir = repo();
    const chosen = join(dir, 'shared');
    mkdirSync(chosen);
    const foreign = join(chosen, `f-${encodeURIComponent('no/such/folder')}.json`);
    writeFileSync(foreign, '{"someone":"else"}');
    const cache = openFileCache([join(dir, 'data', 'buskerud-2024')], BUILD, {
      SAMARBEID_CACHE_DIR: chosen,
    })!;
    load(dir, cache.checkers(checkText));
    await cache.save(writer);
    expect(readdirSync(chosen)).toEqual([basename(foreign)]);

    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const ours = openFileCache([join(dir, 'data', 'buskerud-2024')], BUILD, { SAMARBEID_CACHE_DIR: empty })!;
    load(dir, ours.checkers(checkText));
    await ours.save(writer);
    expect(readdirSync(empty)).toContain('CACHEDIR.TAG');
    // One record per agreement of data/.
    expect(readdirSync(empty).filter((n) => n.startsWith('f-'))).toHaveLength(3);
  });

  it('is no error when it cannot be written', async () => {
    const dir = repo();
    writeFileSync(join(dir, '.git', CACHE_FOLDER), 'a file where the cache folder would go');
    const cache = cacheOf(dir);
    const loaded = load(dir, cache.checkers(checkText));
    await expect(cache.save(writer)).resolves.toBeUndefined();
    expect(seen(loaded)).toStrictEqual(seen(workspaceOf(['data'], dir)));
  });

  it('lives in the git folder of the work tree, or where SAMARBEID_CACHE_DIR says; outside git there is none', () => {
    const dir = repo();
    const folder = join(dir, 'data', 'buskerud-2024');
    // A worktree or submodule: .git is a file naming the git folder.
    const linked = join(dir, 'data', 'viken-2020');
    writeFileSync(join(linked, '.git'), 'gitdir: ../../.git/worktrees/viken\n');
    mkdirSync(join(dir, '.git', 'worktrees', 'viken'), { recursive: true });
    writeFileSync(join(dir, '.git', 'worktrees', 'viken', 'HEAD'), 'ref: refs/heads/viken\n');
    expect(openFileCache([linked], BUILD, {})?.dir).toBe(
      join(dir, '.git', 'worktrees', 'viken', CACHE_FOLDER),
    );
    expect(openFileCache([folder], BUILD, {})?.dir).toBe(join(dir, '.git', CACHE_FOLDER));
    expect(openFileCache([folder], BUILD, { SAMARBEID_CACHE_DIR: join(dir, 'elsewhere') })?.dir).toBe(
      join(dir, 'elsewhere'),
    );
    rmSync(join(dir, '.git'), { recursive: true });
    expect(openFileCache([folder], BUILD, {})).toBeNull();
    expect(openFileCache([], BUILD, {})).toBeNull();
    expect(new FileCache(join(dir, 'x'), dir, BUILD).dir).toBe(join(dir, 'x'));
  });
});
