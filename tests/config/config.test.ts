import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/config/read-config.js';
import { applySeverity } from '../../src/config/severity.js';
import type { Finding } from '../../src/model/finding.js';
import { RULE_CODES } from '../../src/rules/codes.js';
import { badFixture, FIXTURES, findingsOf, ROOT } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';

const check = (text: string) =>
  checkConfig({ file: 'samarbeid.yaml', display: 'samarbeid.yaml', text, parsed: null });

describe('samarbeid.yaml', () => {
  it('reads lang and a level per rule code', () => {
    const { config, findings } = check(
      'lang: nn\nrules:\n  stale-planned: off\n  working-group-parties: error\n',
    );
    expect(findings).toEqual([]);
    expect(config.lang).toBe('nn');
    expect(Object.fromEntries(config.rules)).toEqual({
      'stale-planned': 'off',
      'working-group-parties': 'error',
    });
  });

  it('an empty file or one of comments only sets nothing', () => {
    for (const text of ['', '# nothing yet\n']) {
      const { config, findings } = check(text);
      expect(findings).toEqual([]);
      expect(config.lang).toBeNull();
      expect(config.rules.size).toBe(0);
    }
  });

  it('an unknown rule code is a finding at its line, with the closest code', () => {
    const { config, findings } = check('rules:\n  stale-planned: off\n  refrence: warning\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', file: 'samarbeid.yaml', line: 3, column: 3 });
    expect(findings[0]?.message).toEqual({
      id: 'config.unknown-rule-suggest',
      params: { key: 'refrence', suggestion: 'reference' },
    });
    // The known code still counts.
    expect(config.rules.get('stale-planned')).toBe('off');
  });

  it('an unknown code far from every code names docs/rules.md', () => {
    const { findings } = check('rules:\n  xyzzy-frobnicate: off\n');
    expect(findings[0]?.message).toEqual({ id: 'config.unknown-rule', params: { key: 'xyzzy-frobnicate' } });
  });

  it('an unknown top-level key, a bad level and a bad language are findings at their lines', () => {
    const { config, findings } = check('lang: de\nrule:\n  privacy: off\nrules:\n  privacy: silent\n');
    const at = findings.map((f) => [f.line, f.message.id]);
    expect(at).toContainEqual([1, 'schema.invalid-value']);
    expect(at).toContainEqual([2, 'schema.unknown-key-suggest']);
    expect(at).toContainEqual([5, 'schema.invalid-value']);
    expect(config.lang).toBeNull();
    expect(config.rules.size).toBe(0);
  });

  it('a committed samarbeid.yaml cannot hold an identity number unreported: in a comment, a value, a broken file', () => {
    const n = validNumber('010190100');
    for (const [text, line] of [
      [`# kontakt: Ola, fnr ${n.slice(0, 6)} ${n.slice(6)}\nlang: nb\n`, 1],
      [`lang: nb\nrules:\n  stale-planned: off # ${n}\n`, 3],
      [`lang: nb\n# ${n.slice(0, 6)}\u2009${n.slice(6)}\nrules: [\n`, 2],
      [`lang: "\\x3${[...n].join('\\x3')}"\n`, 1],
    ] as const) {
      const { findings } = check(text);
      const privacy = findings.filter((f) => f.rule === 'privacy');
      expect(privacy, text).toHaveLength(1);
      expect(privacy[0], text).toMatchObject({ file: 'samarbeid.yaml', line, severity: 'error' });
      expect(privacy[0]?.message.params?.masked).toBe(`******${n.slice(6)}`);
    }
    expect(check('lang: nb # 2026-01-01, sak 2020/78419\n').findings).toEqual([]);
  });

  it('a control character in samarbeid.yaml is a finding too, as in every agreement file', () => {
    const { findings } = check('lang: nb # \u202eevil\n');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['control-character', 1]]);
  });

  it('YAML that does not parse, or is not a map, is a finding and sets nothing', () => {
    expect(check('rules: [\n').findings[0]?.rule).toBe('yaml-syntax');
    expect(check('- a\n').findings[0]).toMatchObject({ rule: 'schema', line: 1 });
  });
});

const finding = (rule: string, severity: 'error' | 'warning'): Finding => ({
  rule,
  severity,
  file: 'a/people.yaml',
  line: 1,
  column: 1,
  message: { id: 'type.unknown' },
});

describe('severity', () => {
  const findings = [
    finding('stale-planned', 'warning'),
    finding('reference', 'error'),
    finding('host-rotation', 'warning'),
  ];
  const config = {
    file: 'samarbeid.yaml',
    lang: null,
    rules: new Map([
      ['stale-planned', 'off'],
      ['reference', 'warning'],
      ['host-rotation', 'error'],
    ] as const),
  };

  it('the config drops, lowers and raises per code', () => {
    expect(applySeverity(findings, config).map((f) => [f.rule, f.severity])).toEqual([
      ['reference', 'warning'],
      ['host-rotation', 'error'],
    ]);
  });

  it('--strict comes after the config; --no-warnings hides what is still a warning', () => {
    expect(applySeverity(findings, config, { strict: true }).map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
    expect(applySeverity(findings, config, { warnings: false }).map((f) => f.rule)).toEqual([
      'host-rotation',
    ]);
    expect(applySeverity(findings, null, { warnings: false }).map((f) => f.rule)).toEqual(['reference']);
  });
});

describe('rule codes', () => {
  it('every code that a broken fixture produces is a known code, so a config can name it', () => {
    const known = new Set(RULE_CODES.map((r) => r.id));
    const seen = new Set<string>();
    for (const name of readdirSync(join(FIXTURES, 'bad')))
      for (const f of findingsOf(badFixture(name))) seen.add(f.rule);
    expect(seen.size).toBeGreaterThan(20);
    for (const code of seen) expect(known, code).toContain(code);
  });

  it('docs/rules.md lists every code with its default severity', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const r of RULE_CODES) expect(doc, r.id).toContain(`| \`${r.id}\` | ${r.severity} |`);
  });
});
