import { describe, expect, it } from 'vitest';
import { agreementWith, badFixture, runBin } from '../helpers.js';

describe('samarbeid validate (built bin)', () => {
  it('the example data is valid: exit 0, one warning for the sub-agreement awaiting approval', () => {
    const run = runBin(['validate', 'data', '--as-of', '2026-11-22', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'data/buskerud-2024/sub-agreements.yaml:16:7 warning [sub-agreement-approval]',
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('3 agreements checked: 0 errors, 1 warning');
  });

  it('--strict turns the warning into an error and exit 1', () => {
    const run = runBin(['validate', 'data', '--as-of', '2026-11-22', '--strict', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('errors exit 1 with file:line:col in text', () => {
    const folder = badFixture('unknown-key');
    const run = runBin(['validate', '.', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'agreement.yaml:9:3 error [schema] Unknown key "utnil"; did you mean "until"?',
    );
  });

  it('json output has the shape of the spec', () => {
    const folder = badFixture('contact-missing');
    const run = runBin(['validate', folder, '--as-of', '2026-11-22', '--format', 'json', '--lang', 'nn']);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['findings', 'errors', 'warnings']);
    expect(Object.keys(out.findings[0])).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message']);
    expect(out.findings[0]).toMatchObject({ rule: 'contacts', severity: 'error', line: 6, column: 3 });
    expect(out.findings[0].message).toBe('Manglar kontaktperson for Part B (pkt. 8)');
  });

  it('github output is one workflow command per finding', () => {
    const folder = badFixture('secretariat-two-from-one-party');
    const run = runBin(['validate', '.', '--format', 'github', '--as-of', '2026-11-22'], { cwd: folder });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(/^::error file=people\.yaml,line=9,col=14,title=secretariat::/);
  });

  it('messages are in the language of the agreement unless --lang says otherwise', () => {
    const folder = agreementWith({ 'people.yaml': null });
    expect(runBin(['validate', folder]).stdout).toContain('Mangler people.yaml');
    expect(runBin(['validate', folder, '--lang', 'en']).stdout).toContain('people.yaml is missing');
  });

  it('usage errors exit 2 with one line and no stack trace', () => {
    for (const args of [
      ['validate', 'no/such/folder'],
      ['validate', 'data', '--as-of', '2026-02-30'],
      ['validate', 'data', '--format', 'xml'],
      ['validate', 'package.json'],
      ['validate', 'src'],
      ['frobnicate'],
    ]) {
      const run = runBin(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('--help shows examples and --version the version', () => {
    const help = runBin(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('samarbeid validate data --format github');
    const version = runBin(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
