import { describe, expect, it } from 'vitest';
import { agreementWith, findingsOf } from '../helpers.js';

const EVALUATION = (summary: string) =>
  `schemaVersion: 1\nevaluations:\n  - date: 2025-12-10\n    summary: ${summary}\n`;
const controls = (folder: string) => findingsOf(folder).filter((f) => f.rule === 'control-character');

// The class: C0 but tab, LF and CR; DEL; C1; the bidirectional controls.
const CLASS = [
  0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0x61c, 0x200e, 0x200f, 0x202a,
  0x202e, 0x2066, 0x2069,
];

describe('control-character', () => {
  it.each(CLASS.map((c) => [c.toString(16), c]))(
    'U+%s written as a YAML escape is a finding at its value',
    (_hex, c) => {
      const found = controls(
        agreementWith({ 'evaluations.yaml': EVALUATION(`"a\\u${c.toString(16).padStart(4, '0')}b"`) }),
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: 4, severity: 'error' });
    },
  );

  it.each(CLASS.filter((c) => c !== 0x0b && c !== 0x0c).map((c) => [c.toString(16), c]))(
    'U+%s written raw is a finding, the YAML parse notwithstanding',
    (_hex, c) => {
      const found = controls(
        agreementWith({ 'evaluations.yaml': EVALUATION(`"a${String.fromCodePoint(c)}b"`) }),
      );
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found[0]?.line).toBe(4);
    },
  );

  it('tabs, line breaks, Norwegian text and emoji are not findings', () => {
    const summary = '"Æ ø å\\t«sitat» 👨‍👩‍👧 🇳🇴\\nneste linje"';
    expect(controls(agreementWith({ 'evaluations.yaml': EVALUATION(summary) }))).toEqual([]);
  });
});
