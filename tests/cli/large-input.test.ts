import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, type Run, runBin } from '../helpers.js';

// SPEC section 17: no input gives exit 3, lists of any length the size limit (2 MB a file)
// allows. A 150,000-item flow list is 300 kB: it overflowed the stack wherever a spread or a
// recursion ran over it (`findings.push(...many)`, zod's issues), and 75,000 keys in one map made
// the duplicate-key check and the placing of findings quadratic (minutes). Each command runs on
// such data and must finish with 0, 1 or 2, in one line of error at most, no stack trace.

const N = 150_000;
const AS_OF = ['--as-of', '2026-11-22'];
const flow = (item: string, n = N) => `[${Array.from({ length: n }, () => item).join(', ')}]`;
const minimal = () => readFileSync(join(FIXTURES, 'minimal', 'agreement.yaml'), 'utf8');
const TIMEOUT = { timeout: 240_000 };

const fine = (run: Run, what: string) => {
  expect(run.stderr, what).not.toMatch(/\bat .*\.js:\d+|intern feil|internal error/);
  expect([0, 1, 2], `${what}: ${run.stderr.slice(0, 300)}`).toContain(run.status);
};

/** Every reading command on the folder: the exit code of each. */
function readAll(folder: string): Record<string, number | null> {
  const runs: Record<string, string[]> = {
    validate: ['validate', folder, ...AS_OF],
    status: ['status', folder, ...AS_OF],
    calendar: ['calendar', folder, ...AS_OF, '--year', '2026'],
    remind: ['remind', folder, ...AS_OF],
    report: ['report', folder, '--year', '2026'],
  };
  const out: Record<string, number | null> = {};
  for (const [what, args] of Object.entries(runs)) {
    const run = runBin(args, TIMEOUT);
    fine(run, what);
    out[what] = run.status;
  }
  return out;
}

describe('a committed repository cannot make samarbeid exit 3 with large or deep data', () => {
  it('valid lists of 150,000 items (purposes, an agenda) and 10,000 actions: every command reads and records', () => {
    const actions = Array.from(
      { length: 10_000 },
      (_, i) => `{ id: a${i}, text: T, owner: part-a, due: 2026-12-20 }`,
    ).join(', ');
    const folder = agreementWith({
      'agreement.yaml': `${minimal().replace(
        'top: { name: Toppledermøte, meets: yearly, host: rotate }',
        `top: { name: Toppledermøte, meets: yearly, host: rotate, agenda: ${flow('Sak')} }`,
      )}purposes: ${flow('x')}\n`,
      'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m1, body: middle, date: 2026-06-04, status: held, minutes: https://x.no/r.pdf, actions: [${actions}] }\n`,
    });
    expect(statSync(join(folder, 'agreement.yaml')).size).toBeGreaterThan(2 * 300_000);
    expect(readAll(folder)).toEqual({ validate: 0, status: 0, calendar: 0, remind: 0, report: 0 });
    const done = runBin(
      ['record', 'done', folder, '--action', 'm1/a17', '--date', '2026-11-20', ...AS_OF],
      TIMEOUT,
    );
    fine(done, 'record done');
    expect(done.status, done.stderr).toBe(0);
    const added = runBin(
      [
        'record',
        'action',
        folder,
        '--meeting',
        'm1',
        '--text',
        'Ny',
        '--owner',
        'part-a',
        '--due',
        '2026-12-20',
        ...AS_OF,
      ],
      TIMEOUT,
    );
    fine(added, 'record action');
    expect(added.status, added.stderr).toBe(0);
    const area = runBin(
      ['record', 'area', folder, '--id', 'nytt', '--title', 'Nytt område', ...AS_OF],
      TIMEOUT,
    );
    fine(area, 'record area');
    expect(area.status, area.stderr).toBe(0);
  }, 900_000);

  it("150,000 wrong items in a meeting's actions: every command reads it (exit 1), record refuses in one line", () => {
    const folder = agreementWith({
      'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m1, body: middle, date: 2026-06-04, status: held, actions: ${flow('a')} }\n`,
    });
    expect(readAll(folder)).toEqual({ validate: 1, status: 1, calendar: 1, remind: 1, report: 1 });
    const record = runBin(
      [
        'record',
        'action',
        folder,
        '--meeting',
        'm1',
        '--text',
        'Ny',
        '--owner',
        'part-a',
        '--due',
        '2026-12-20',
        ...AS_OF,
      ],
      TIMEOUT,
    );
    fine(record, 'record action');
    expect(record.stderr.trim().split('\n')).toHaveLength(1);
  }, 900_000);

  it.each([
    ['areas', { 'agreement.yaml': `${minimal()}areas: ${flow('a')}\n` }, 'agreement.yaml', N],
    [
      'measures',
      {
        'action-plans/p.yaml': `schemaVersion: 1\nid: p\ntitle: P\nowner: middle\nstatus: draft\nmeasures: ${flow('a')}\n`,
      },
      'action-plans/p.yaml',
      N,
    ],
    [
      'the secretariat (a rule on a list)',
      {
        'people.yaml': readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8').replace(
          'secretariat: [kontakt-a, kontakt-b]',
          `secretariat: ${flow('kontakt-a')}`,
        ),
      },
      'people.yaml',
      2,
    ],
    [
      '75,000 unknown keys in one map',
      {
        // The file is one flow map: every key after the first two is unknown, each a finding.
        'working-groups.yaml': `{ schemaVersion: 1, workingGroups: [], ${Array.from({ length: N / 2 }, (_, i) => `k${i}: 1`).join(', ')} }\n`,
      },
      'working-groups.yaml',
      N / 2,
    ],
    [
      '150,000 tags that are not core',
      { 'evaluations.yaml': `schemaVersion: 1\nevaluations: ${flow('!!set {}')}\n` },
      'evaluations.yaml',
      N,
    ],
  ] as const)(
    '%s: validate reports each wrong item, never exit 3',
    (_what, files, file, count) => {
      const folder = agreementWith(files);
      const run = runBin(['validate', folder, ...AS_OF, '--format', 'json'], TIMEOUT);
      fine(run, 'validate');
      expect(run.status).toBe(1);
      const findings = JSON.parse(run.stdout).findings as Array<{ file: string }>;
      expect(findings.filter((f) => f.file.endsWith(file)).length).toBeGreaterThanOrEqual(count);
    },
    600_000,
  );

  it('nesting 10,000 deep (flow lists, flow maps, block lists) is a finding, not a stack overflow', () => {
    const deep = {
      'flow lists': `x: ${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      'flow maps': `x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`,
      'block lists': `x:\n  ${'- '.repeat(10_000)}a`,
      'half a million block lists': `x:\n  ${'- '.repeat(500_000)}a`,
      'a million brackets': `x: ${'['.repeat(500_000)}${']'.repeat(500_000)}`,
    };
    for (const [what, text] of Object.entries(deep)) {
      const folder = agreementWith({ 'agreement.yaml': `${minimal()}${text}\n` });
      for (const args of [
        ['validate', folder, ...AS_OF],
        ['record', 'area', folder, '--id', 'nytt', '--title', 'Nytt', ...AS_OF],
      ]) {
        const run = runBin(args, TIMEOUT);
        fine(run, `${what}: ${args[0]}`);
        expect(run.status, `${what}: ${args[0]}`).not.toBe(0);
      }
    }
  }, 600_000);
});
