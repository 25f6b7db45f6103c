import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// `samarbeid init` writes its comments and example texts in the agreement's language (SPEC
// section 11): --language, else --lang, else nb.
const ENGLISH = [
  ' the ',
  ' and ',
  ' of ',
  ' is ',
  ' are ',
  ' to ',
  ' from ',
  'meeting',
  'yearly',
  'people',
  'recorded',
];
const PARTIES = ['--party', 'nav-x=Nav X', '--party', 'fk-y=Y fylkeskommune', '--from', '01.01.2026'];

function init(lang: string[]): { dir: string; files: Map<string, string>; stderr: string } {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-lang-'));
  const run = runBin(['init', 'avtale', '--title', 'Avtale', ...PARTIES, ...lang], { cwd: ws });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  const dir = join(ws, 'avtale');
  const files = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  return { dir, files, stderr: run.stderr };
}

const comments = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('#') && !line.includes('yaml-language-server'));

describe('samarbeid init in the agreement language', () => {
  it.each([
    ['nb', []],
    ['nb', ['--lang', 'nb']],
    ['nn', ['--lang', 'nn']],
    ['en', ['--lang', 'en']],
    ['nn', ['--language', 'nn']],
    ['nn', ['--lang', 'en', '--language', 'nn']],
  ])('%s from %j: language set, files valid, comments in that language', (lang, args) => {
    const { dir, files } = init(args);
    const agreement = files.get('agreement.yaml') ?? '';
    expect(agreement).toMatch(new RegExp(`^language: ${lang}$`, 'm'));
    const validate = runBin(['validate', dir, '--as-of', '22.11.2026', '--format', 'json']);
    expect(validate.status, validate.stdout).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0 });
    const all = [...files.values()].flatMap(comments);
    expect(all.length).toBeGreaterThanOrEqual(6);
    if (lang !== 'en')
      for (const line of all)
        for (const word of ENGLISH) expect(line.toLowerCase(), `${lang}: ${line}`).not.toContain(word);
  });

  it('names bodies and roles in the agreement language', () => {
    expect(init([]).files.get('agreement.yaml')).toContain('name: Mellomledernivå');
    expect(init(['--lang', 'nn']).files.get('agreement.yaml')).toContain('name: Samarbeidsutvalet');
    const en = init(['--lang', 'en']).files;
    expect(en.get('agreement.yaml')).toContain('name: Top level');
    expect(en.get('people.yaml')).toContain('role: Contact person');
    expect(comments(en.get('people.yaml') ?? '')).toContain(
      '# The secretariat has one member from each party (clause 4).',
    );
    expect(comments(init(['--lang', 'nn']).files.get('people.yaml') ?? '')).toContain(
      '# Sekretariatet har eitt medlem frå kvar part (pkt. 4).',
    );
  });

  it('speaks the language the user asked for, while the files take --language', () => {
    const { stderr, files } = init(['--lang', 'en', '--language', 'nb']);
    expect(stderr).toContain('wrote avtale/agreement.yaml');
    expect(files.get('agreement.yaml')).toMatch(/^language: nb$/m);
    expect(init(['--lang', 'nn']).stderr).toContain('skreiv avtale/agreement.yaml');
  });
});
