import { cpSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, findingsOf } from '../helpers.js';
import { digitsOnly, validNumber } from '../identity-numbers.js';
import { testRule } from './rule-tester.js';

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

// The edges of the date part (the control digits made right for each), in raw text.
const numberOn = (ddmmyy: string) => validNumber(`${ddmmyy}200`);
const masked = (n: string) => `******${n.slice(6)}`;
const wrongControl = `${N.slice(0, 10)}${(Number(N[10]) + 1) % 10}`;
const FOUND = ['310385', '290224', '710385', '311285', '015285', '019285'];
const NOT_FOUND = ['320385', '290223', '720385', '001285', '011385', '015385', '019385', '000385'];

testRule('privacy', {
  valid: [
    ...NOT_FOUND.map((d) => ({
      name: `${d}: not a date, whatever the control digits`,
      text: `fnr ${numberOn(d)}\n`,
    })),
    { name: 'a number with its last control digit wrong', text: `fnr ${wrongControl}\n` },
    { name: 'ten digits of a number', text: `fnr ${N.slice(0, 10)}\n` },
    { name: 'the minimal agreement in a folder of an ordinary name', files: {}, folderName: 'avtale-2026' },
  ],
  invalid: [
    ...FOUND.map((d) => ({
      name: `${d}: a real date (or a D-, H- or synthetic number) with its control digits`,
      text: `fnr ${numberOn(d)}\n`,
      findings: [
        {
          id: 'privacy.identity-number' as const,
          file: 'evaluations.yaml',
          path: [],
          params: { masked: masked(numberOn(d)) },
        },
      ],
    })),
    {
      name: 'a number in a comment and one in a value, as written (fixture identity-number)',
      fixture: 'identity-number',
      findings: [
        {
          id: 'privacy.identity-number',
          file: 'evaluations.yaml',
          path: [],
          params: { masked: '******10046' },
        },
        {
          id: 'privacy.identity-number',
          file: 'evaluations.yaml',
          path: [],
          params: { masked: '******10127' },
          shown: {
            nb: 'Ser ut som et fødselsnummer eller D-nummer (******10127); slike opplysninger hører ikke hjemme her (pkt. 7)',
          },
        },
      ],
    },
    {
      name: 'a number that only the value shows (hex escapes) is found at the value',
      files: { 'evaluations.yaml': EVALUATION(`"${[...N].map((d) => `\\x3${d}`).join('')}"`) },
      findings: [
        {
          id: 'privacy.identity-number',
          file: 'evaluations.yaml',
          path: ['evaluations', 0, 'summary'],
          atKey: false,
          params: { masked: MASKED },
        },
      ],
    },
    {
      name: 'a file named after a number',
      files: { [`meetings/${N}.yaml`]: 'schemaVersion: 1\nmeetings: []\n' },
      findings: [
        {
          id: 'privacy.in-name',
          file: `meetings/${N}.yaml`,
          path: [],
          params: { what: { ref: 'privacy.word.file' }, masked: MASKED },
          shown: {
            nb: `Navnet på filen ser ut til å inneholde et fødselsnummer eller D-nummer (${MASKED}); gi den et annet navn (pkt. 7)`,
          },
        },
      ],
    },
    {
      name: 'an agreement folder named after a number: once, though shown and named',
      files: {},
      folderName: `avtale-${N.slice(0, 6)}-${N.slice(6)}`,
      findings: [
        {
          id: 'privacy.in-name',
          file: 'agreement.yaml',
          path: [],
          params: { what: { ref: 'privacy.word.folder' }, masked: MASKED },
          shown: {
            nb: `Navnet på avtalemappen ser ut til å inneholde et fødselsnummer eller D-nummer (${MASKED}); gi den et annet navn (pkt. 7)`,
          },
        },
      ],
    },
    {
      name: 'a folder shown by a path that holds a number, and named otherwise',
      names: { folder: [`arkiv/${N}/avtale`, 'avtale'], files: ['agreement.yaml'] },
      findings: [{ id: 'privacy.in-name', params: { what: { ref: 'privacy.word.folder' }, masked: MASKED } }],
    },
  ],
});
