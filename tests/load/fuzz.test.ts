import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../src/app/check.js';
import { asCalendarDate } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import { loadAgreement } from '../../src/load/load-agreement.js';
import type { Finding } from '../../src/model/finding.js';
import { FIXTURES, ROOT } from '../helpers.js';

// Bounded: a few hundred runs in all, so the suite stays fast; fast-check prints the seed of a failure.
const AS_OF = asCalendarDate('2026-11-22');
const BUSKERUD = join(ROOT, 'data', 'buskerud-2024');
const MINIMAL = join(FIXTURES, 'minimal');
const FILES = [
  'agreement.yaml',
  'people.yaml',
  'working-groups.yaml',
  'meetings/2026.yaml',
  'action-plans/handlingsplan-samarbeidsutvalget.yaml',
];

/** Loads and checks an agreement folder with one file's text replaced; also runs the engine. */
function check(dir: string, file: string, text: string): { findings: Finding[]; text: string } {
  const loaded = loadAgreement(dir, dir, new Map([[file, text]]));
  const findings = checkWorkspace(
    { agreements: [loaded], known: [{ id: 'viken-2020', supersedes: null, from: null, display: 'viken' }] },
    AS_OF,
  );
  if (loaded.data) agreementStatus(loaded.data, AS_OF, []);
  return { findings, text };
}

function expectWellPlaced({ findings, text }: { findings: Finding[]; text: string }, file: string) {
  const lines = text.split('\n').length;
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    if (f.file === file) expect(f.line).toBeLessThanOrEqual(lines);
    expect(typeof f.message.id).toBe('string');
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({
      unit: fc.constantFrom(...' :-[]{}#&*!|>\'"\n\t,?%@`0123456789abcøå'.split('')),
      maxLength: 20,
    }),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate-line': {
      const i = m.at % lines.length;
      return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
    }
    case 'swap-lines': {
      const [i, j] = [m.at % lines.length, m.other % lines.length];
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
  }
}

describe('fuzzing the loader, the validator and the engine', () => {
  it('random text in any file: findings at places inside the file, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('agreement.yaml', 'people.yaml', 'meetings/2026.yaml'),
        fc.string({ maxLength: 300 }),
        (file, text) => {
          expectWellPlaced(check(MINIMAL, file, text), file);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('mutated valid agreements: findings well placed, output deterministic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (file, mutations) => {
          const text = mutations.reduce((t, m) => mutate(t, m), readFileSync(join(BUSKERUD, file), 'utf8'));
          const first = check(BUSKERUD, file, text);
          expectWellPlaced(first, file);
          expect(check(BUSKERUD, file, text).findings).toEqual(first.findings);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('deep nesting and long lines are findings, not crashes', () => {
    for (const text of [
      '['.repeat(20_000),
      `a: ${'{'.repeat(5_000)}`,
      `title: ${'x'.repeat(500_000)}\n`,
      '- '.repeat(10_000),
    ]) {
      const { findings } = check(MINIMAL, 'agreement.yaml', text);
      expect(findings.length).toBeGreaterThan(0);
    }
  });
});
