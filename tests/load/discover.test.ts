import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/load/discover.js';
import { FIXTURES, runBin } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  // rm copes with paths longer than PATH_MAX; Node's rmSync does not.
  for (const dir of made) spawnSync('rm', ['-rf', dir]);
  // Removing 5,000 nested folders took over 10 s on a loaded 2-core machine.
}, 120_000);

/** A workspace with an agreement at the top and a chain of `levels` nested folders beside it. */
function deepWorkspace(levels: number): string {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-deep-'));
  made.push(ws);
  cpSync(join(FIXTURES, 'minimal'), join(ws, 'top'), { recursive: true });
  // Made by relative steps, since the whole path soon passes PATH_MAX (4,096 bytes).
  const script = `const fs = require('fs'); process.chdir(${JSON.stringify(ws)});
    for (let i = 0; i < ${levels}; i++) { fs.mkdirSync('a'); process.chdir('a'); }`;
  expect(spawnSync(process.execPath, ['-e', script]).status).toBe(0);
  return ws;
}

describe('item 3: discovery is linear in folder depth', () => {
  // Measured (docs/performance.md): 1,000 levels 8.2 s before, 0.17 s after; 3,000 levels over
  // 90 s before, 0.7 s after. No timing assertion here: the test's own time limit is the bound.
  it('item 3: a chain of 3,000 nested folders is walked; the part past the path limit is a finding', () => {
    const ws = deepWorkspace(3000);
    const found = discover([ws], ws);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.targets).toEqual([join(ws, 'top')]);
    // Folders deeper than PATH_MAX cannot be named to the system: reported, not fatal.
    expect(found.value.unreadable.map((u) => u.code)).toEqual(['ENAMETOOLONG']);
  });

  it('item 3: a chain of 1,000 nested folders with an agreement at the bottom is found', () => {
    const ws = deepWorkspace(1000);
    const bottom = join(ws, ...Array<string>(1000).fill('a'));
    cpSync(join(FIXTURES, 'minimal'), join(bottom, 'deep'), { recursive: true });
    const found = discover([ws], ws);
    expect(found.ok && found.value.targets).toEqual([join(bottom, 'deep'), join(ws, 'top')]);
  });

  it('item 3: walking 1,000 levels costs one listing per folder and no realpath per folder', () => {
    const ws = deepWorkspace(1000);
    const counts = join(ws, 'counts.json');
    const run = runBin(['validate', ws, '--no-cache', '--as-of', '2026-11-22'], {
      env: {
        NODE_OPTIONS: `--require ${join(FIXTURES, 'count-fs.cjs')}`,
        SAMARBEID_COUNT_FS: counts,
        SAMARBEID_COUNT_ROOT: ws,
      },
    });
    expect(run.status, run.stderr).toBe(0);
    const calls = JSON.parse(readFileSync(counts, 'utf8')) as Record<string, number>;
    // The cubic cost was a realpath (one lstat per path component) at every level.
    const realpaths = (calls.realpathSync ?? 0) + (calls['realpathSync.native'] ?? 0);
    expect(realpaths).toBeLessThan(10);
    expect(calls.readdirSync ?? 0).toBeLessThan(1000 + 10);
    expect(calls.existsSync ?? 0).toBeLessThan(10);
  });
});
