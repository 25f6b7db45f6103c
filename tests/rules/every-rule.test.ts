import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleMessages } from '../../src/i18n/rules/index.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers.js';

// Issue 25 item 5: a rule tester for every rule, and every message of every rule expected by an
// invalid case, so that a new rule or a new message cannot go untested. Read off the test files'
// text: each `testRule('<code>', …)` call, from its start to the `});` that closes it at the start
// of a line, and in it the part from `invalid:` on.
const TESTS = join(ROOT, 'tests', 'rules');
const I18N = join(ROOT, 'src', 'i18n', 'rules');
const ME = 'every-rule.test.ts';

const calls = readdirSync(TESTS)
  .filter((f) => f.endsWith('.test.ts') && f !== ME)
  .flatMap((f) => {
    const text = readFileSync(join(TESTS, f), 'utf8');
    return [...text.matchAll(/^testRule\('([^']+)',[\s\S]*?^\}\);$/gm)].map((m) => ({
      file: f,
      code: m[1]!,
      invalid: m[0].includes('invalid:') ? m[0].slice(m[0].indexOf('invalid:')) : '',
    }));
  });
const codes = [...new Set(RULES.map((r) => r.id))];
const quoted = (key: string, text: string) =>
  new Set([...text.matchAll(new RegExp(`\\b${key}: '([^']+)'`, 'g'))].map((m) => m[1]!));

/** A word that a rule's messages pass as a parameter (`{ ref: 'privacy.word.file' }`), not a finding. */
const isWord = (id: string) => id.includes('.word.');

describe('every rule has its tester', () => {
  it.each(codes)('rule %s has a testRule block in tests/rules', (code) => {
    expect(
      calls.filter((c) => c.code === code).map((c) => c.file),
      `testRule('${code}', …) in tests/rules`,
    ).not.toEqual([]);
  });

  it('every testRule block names a rule of RULES', () => {
    expect(calls.map((c) => c.code).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it.each(codes)('every message of rule %s is expected by an invalid case of its block', (code) => {
    const invalid = calls
      .filter((c) => c.code === code)
      .map((c) => c.invalid)
      .join('\n');
    const ids = quoted('id', invalid);
    const refs = quoted('ref', invalid);
    const own = Object.keys(RULES.find((r) => r.id === code)!.messages);
    expect(own.filter((id) => !(isWord(id) ? refs : ids).has(id))).toEqual([]);
  });
});

describe("the rules' messages are the files of src/i18n/rules", () => {
  const files = readdirSync(I18N).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('one file a rule code, named after it', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...codes].sort());
  });

  it.each(files)('%s exports one table, the messages of every module of its rule', async (f) => {
    const code = f.replace(/\.ts$/, '');
    const exported = Object.values((await import(pathToFileURL(join(I18N, f)).href)) as object);
    expect(exported).toHaveLength(1);
    const modules = RULES.filter((r) => r.id === code);
    expect(modules.length).toBeGreaterThan(0);
    for (const r of modules) expect(r.messages, `the messages of a module of ${code}`).toBe(exported[0]);
    expect(Object.keys(exported[0] as object).filter((id) => !id.startsWith(`${code}.`))).toEqual([]);
  });

  it('the catalogue of rule messages is those tables together, nothing more', () => {
    const tables = [...new Set(RULES.map((r) => r.messages))];
    expect(Object.keys(ruleMessages).sort()).toEqual(tables.flatMap((t) => Object.keys(t)).sort());
  });
});
