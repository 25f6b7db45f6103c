import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FOLDER } from '../../src/load/file-cache.js';
import { FIXTURES, runBin } from '../helpers.js';
import { digitsOnly, validNumber } from '../identity-numbers.js';

const N = validNumber('230776300');

/** A git work tree with one agreement folder; returns the folder and the cache folder. */
function repoWith(folderName: string, files: Record<string, string>): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-cache-privacy-'));
  mkdirSync(join(dir, '.git'));
  const folder = join(dir, 'data', folderName);
  cpSync(join(FIXTURES, 'minimal'), folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  return { dir, cache: join(dir, '.git', CACHE_FOLDER) };
}

/** Every name and byte the cache holds, as one text. */
function cacheContents(cache: string): string {
  let out = '';
  for (const name of readdirSync(cache)) out += `${name}\n${readFileSync(join(cache, name), 'utf8')}\n`;
  return out;
}

const EVALUATIONS = (summary: string) =>
  `schemaVersion: 1\nevaluations:\n  - date: 2025-12-10\n    summary: ${summary}\n`;

describe('the cache keeps no identity number', () => {
  it.each([
    ['in the raw text', EVALUATIONS(`Bruker ${N.slice(0, 6)} ${N.slice(6)}`)],
    ['as YAML escapes', EVALUATIONS(`"${[...N].map((d) => `\\x3${d}`).join('')}"`)],
    ['in a comment', `# ${N}\n${EVALUATIONS('Årsrapport')}`],
  ])('a file with a number %s is not cached; the others are', (_how, text) => {
    const { dir, cache } = repoWith('avtale', { 'evaluations.yaml': text });
    runBin(['status', 'data', '--as-of', '2026-11-22'], { cwd: dir });
    const held = cacheContents(cache);
    expect(held).toContain('agreement.yaml');
    expect(held).not.toContain('evaluations.yaml');
    expect(digitsOnly(held)).not.toContain(N);
    // The second run, from the cache, still finds the number.
    const run = runBin(['validate', 'data', '--as-of', '2026-11-22', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('privacy');
  });

  it('a folder or file named after a number is not cached under that name', () => {
    const { dir, cache } = repoWith(`avtale-${N}`, {
      [`meetings/${N.slice(0, 6)} ${N.slice(6)}.yaml`]: 'schemaVersion: 1\nmeetings: []\n',
    });
    runBin(['status', 'data', '--as-of', '2026-11-22'], { cwd: dir });
    let held = '';
    try {
      held = cacheContents(cache);
    } catch {}
    expect(digitsOnly(decodeURIComponent(held))).not.toContain(N);
  });
});
