import { describe, expect, it } from 'vitest';
import { makeData } from '../engine/make-data.js';
import { agreementWith, findingsOf } from '../helpers.js';
import { testRule } from './rule-tester.js';

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

// The edges of the class, one character each side, in raw text (the text rule sees every file).
const raw = (c: number) => `summary: a${String.fromCodePoint(c)}b\n`;
const u = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
const OUTSIDE = [
  0x09, 0x0a, 0x0d, 0x20, 0x7e, 0xa0, 0x061b, 0x061d, 0x200d, 0x2010, 0x2029, 0x202f, 0x2065, 0x206a,
];
const INSIDE = [
  0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f, 0x9f, 0x061c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069,
];

const bodyNamed = (key: string) => {
  const data = makeData();
  const { top, middle } = data.agreement.governance.bodies;
  data.agreement.governance.bodies = { [key]: top!, middle: middle! };
  return data;
};

testRule('control-character', {
  valid: [
    ...OUTSIDE.map((c) => ({ name: `${u(c)} in raw text, just outside the class`, text: raw(c) })),
    {
      name: 'tabs and line breaks as YAML escapes, Norwegian letters and emoji',
      files: { 'evaluations.yaml': EVALUATION('"Æ ø å\\t«sitat» 👨‍👩‍👧\\nneste"') },
    },
  ],
  invalid: [
    ...INSIDE.map((c) => ({
      name: `${u(c)} in raw text, just inside the class`,
      text: raw(c),
      findings: [
        {
          id: 'control-character.found' as const,
          file: 'evaluations.yaml',
          path: [],
          params: { code: u(c) },
        },
      ],
    })),
    {
      name: 'two escapes in a value (fixture control-character), each once, at the value',
      fixture: 'control-character',
      findings: [
        {
          id: 'control-character.found',
          file: 'evaluations.yaml',
          path: ['evaluations', 0, 'summary'],
          atKey: false,
          params: { code: 'U+001B' },
          shown: {
            nb: 'Teksten inneholder et kontrolltegn (U+001B) som kan skjule eller endre det som vises; fjern det',
          },
        },
        { id: 'control-character.found', path: ['evaluations', 0, 'summary'], params: { code: 'U+202E' } },
      ],
    },
    {
      name: 'a raw character that YAML reads is reported by the text alone, not again at the value',
      files: { 'evaluations.yaml': EVALUATION('"a\u202eb"') },
      findings: [{ id: 'control-character.found', path: [], params: { code: 'U+202E' } }],
    },
    {
      name: 'a control character in a key is reported at the key',
      data: bodyNamed('to\u202ep'),
      findings: [
        {
          id: 'control-character.found',
          file: 'agreement.yaml',
          path: ['governance', 'bodies', 'to\u202ep'],
          atKey: true,
          params: { code: 'U+202E' },
        },
      ],
    },
  ],
});
