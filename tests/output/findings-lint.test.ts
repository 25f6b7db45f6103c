import { describe, expect, it } from 'vitest';
import { render } from '../../src/i18n/index.js';
import { maskIdentityNumbers } from '../../src/identity/number.js';
import type { Finding } from '../../src/model/finding.js';
import { findingsGitlab } from '../../src/output/findings-gitlab.js';
import { findingsSarif } from '../../src/output/findings-sarif.js';
import type { FindingsView } from '../../src/output/findings-text.js';
import { fingerprints } from '../../src/output/fingerprint.js';
import { RULE_CODES } from '../../src/rules/codes.js';
import { validNumber } from '../identity-numbers.js';
import { sarifErrors } from '../sarif-schema.js';

const at = (
  rule: string,
  file: string,
  line: number,
  key: string,
  severity: Finding['severity'] = 'error',
): Finding => ({
  rule,
  severity,
  file,
  line,
  column: 3,
  message: { id: 'schema.unknown-key', params: { key } },
});

const view = (findings: Finding[], lang: 'nb' | 'en' = 'nb'): FindingsView => ({
  findings,
  agreements: 1,
  render: (f) => render(f.message, lang),
  t: (id, ..._params) => id,
});

const findings = [
  at('schema', 'data/a b/agreement.yaml', 4, 'nmae'),
  at('stale-planned', 'data/a b/meetings/2026.yaml', 9, 'x', 'warning'),
];

describe('fingerprints', () => {
  it('do not change when the finding moves to another line', () => {
    const moved = findings.map((f) => ({ ...f, line: f.line + 7, column: 1 }));
    expect(fingerprints(moved)).toEqual(fingerprints(findings));
  });

  it('differ by rule, file and message, and number findings that would share one', () => {
    const one = at('schema', 'a.yaml', 1, 'x');
    const prints = fingerprints([
      one,
      { ...one, rule: 'reference' },
      { ...one, file: 'b.yaml' },
      { ...one, message: { id: 'schema.unknown-key', params: { key: 'y' } } },
      { ...one, line: 5 },
    ]);
    expect(new Set(prints).size).toBe(5);
  });

  it('hash a masked identity number, never the number itself', () => {
    const real = validNumber('010190123');
    const number = at('schema', 'a.yaml', 1, real);
    const masked = at('schema', 'a.yaml', 1, maskIdentityNumbers(real));
    expect(maskIdentityNumbers(real)).not.toBe(real);
    expect(fingerprints([number])).toEqual(fingerprints([masked]));
  });
});

describe('--format gitlab', () => {
  it('is GitLab Code Quality: description, check_name, fingerprint, severity, location', () => {
    const issues = JSON.parse(findingsGitlab(view(findings)));
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'schema',
        description: 'Ukjent nøkkel «nmae»',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: 'major',
        location: { path: 'data/a b/agreement.yaml', lines: { begin: 4 } },
      },
      expect.objectContaining({ check_name: 'stale-planned', severity: 'minor' }),
    ]);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(JSON.parse(findingsGitlab(view([])))).toEqual([]);
  });
});

describe('--format sarif', () => {
  it('is valid against the SARIF 2.1.0 schema, with and without results', () => {
    for (const list of [findings, []]) expect(sarifErrors(JSON.parse(findingsSarif(view(list))))).toEqual([]);
  });

  it('the schema check catches a broken log (the test can fail)', () => {
    const log = JSON.parse(findingsSarif(view(findings)));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(sarifErrors(log).length).toBeGreaterThan(0);
  });

  it('names every rule, and each result its rule, level, message, place and fingerprint', () => {
    const log = JSON.parse(findingsSarif(view(findings, 'en')));
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('samarbeid');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_CODES.map((r) => r.id));
    const [first, second] = log.runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'schema',
      level: 'error',
      message: { text: 'Unknown key "nmae"' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'data/a%20b/agreement.yaml' },
            region: { startLine: 4, startColumn: 3 },
          },
        },
      ],
    });
    expect(driver.rules[first.ruleIndex].id).toBe('schema');
    expect(second.level).toBe('warning');
    expect(first.partialFingerprints['samarbeid/v1']).toBe(fingerprints(findings)[0]);
  });
});
