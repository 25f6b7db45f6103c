import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, findingsOf } from '../helpers.js';
import { digitsOnly, validNumber } from '../identity-numbers.js';

const N = validNumber('150385200');
const MASKED = `******${N.slice(6)}`;
const EVALUATION = (summary: string) =>
  `schemaVersion: 1\nevaluations:\n  - date: 2025-12-10\n    summary: ${summary}\n`;

const privacy = (folder: string) => findingsOf(folder).filter((f) => f.rule === 'privacy');

describe('privacy: the rule sees what the raw text hides', () => {
  it.each([
    ['hex escapes', `"${[...N].map((d) => `\\x3${d}`).join('')}"`],
    ['unicode escapes', `"${[...N].map((d) => `\\u003${d}`).join('')}"`],
    ['an escaped line break in a quoted scalar', `"${N.slice(0, 6)}\\\n      ${N.slice(6)}"`],
  ])('a number written with %s in a value is found, at its place', (_what, summary) => {
    const found = privacy(agreementWith({ 'evaluations.yaml': EVALUATION(summary) }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 4, severity: 'error' });
    expect(JSON.stringify(found)).toContain(MASKED);
    expect(digitsOnly(JSON.stringify(found))).not.toContain(N);
  });

  it('numbers split over the lines of folded and multi-line scalars are found once each', () => {
    for (const summary of [
      `>\n      fnr ${N.slice(0, 6)}\n      ${N.slice(6)}`,
      `|\n      fnr ${N.slice(0, 6)}\n      ${N.slice(6)}`,
      `fnr ${N.slice(0, 6)}\n      ${N.slice(6)} her`,
    ]) {
      const found = privacy(agreementWith({ 'evaluations.yaml': EVALUATION(summary) }));
      expect(found, summary).toHaveLength(1);
    }
  });

  it('a number the raw text shows is reported once, not again for the value', () => {
    expect(privacy(agreementWith({ 'evaluations.yaml': EVALUATION(`fnr ${N}`) }))).toHaveLength(1);
  });

  it('impossible numbers are not findings: 00000000000 and 99999554330', () => {
    expect(privacy(agreementWith({ 'evaluations.yaml': EVALUATION('00000000000 99999554330') }))).toEqual([]);
  });
});

describe('privacy: folder and file names', () => {
  it('a meeting file named after a number is a finding, masked', () => {
    const folder = agreementWith({ [`meetings/${N}.yaml`]: 'schemaVersion: 1\nmeetings: []\n' });
    const found = privacy(folder);
    expect(found.map((f) => f.message.id)).toEqual(['privacy.in-name']);
    expect(digitsOnly(JSON.stringify(found.map((f) => f.message)))).not.toContain(N);
  });

  it('an agreement folder named after a number, in any written form, is a finding, masked', () => {
    for (const name of [N, `${N.slice(0, 6)} ${N.slice(6)}`, `avtale-${N.slice(0, 6)}-${N.slice(6)}`]) {
      const dir = mkdtempSync(join(tmpdir(), 'samarbeid-'));
      const folder = join(dir, name);
      cpSync(agreementWith(), folder, { recursive: true });
      const found = privacy(folder);
      expect(
        found.map((f) => f.message.id),
        name,
      ).toEqual(['privacy.in-name']);
      expect(found[0]?.message.params).toMatchObject({ masked: MASKED });
      renameSync(folder, join(dir, 'moved'));
    }
  });
});
