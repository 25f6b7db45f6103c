import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, findingsGithub } from '../../src/output/findings-github.js';
import { jsonText } from '../../src/output/json-text.js';
import { markdownText } from '../../src/output/markdown-escape.js';
import { terminalSafe } from '../../src/output/sanitize.js';

// Every character that a terminal obeys or that hides or reorders text: Cc, bidi controls,
// zero-width characters, line and paragraph separators, the BOM, soft hyphen, tag characters.
const HIDDEN = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u061c',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2061',
  '\u2064',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u206a',
  '\u206f',
  '\ufeff',
  '\ufff9',
  '\ufffb',
  '\u{e0001}',
  '\u{e0041}',
  '\u3164',
  '\u115f',
  '\u1160',
  '\uffa0',
  '\ud800',
];

const NORWEGIAN = 'Æ ø å, «sitat» – tankestrek, Åsgårdstrand §4 ½ 20 € 👍🏽 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️ 🇳🇴';

describe('the terminal sanitiser closes the class', () => {
  it.each(HIDDEN.map((c) => [c.codePointAt(0)?.toString(16), c]))(
    'U+%s is shown as its code, never passed raw',
    (_name, c) => {
      const out = terminalSafe(`a${c}b`);
      expect(out).not.toContain(c);
      expect(out).toMatch(/^a\\u\{[0-9a-f]+\}b$/);
    },
  );

  it('normal Norwegian text and emoji (with joiners, skin tones, tag flags) stay intact', () => {
    expect(terminalSafe(NORWEGIAN)).toBe(NORWEGIAN);
  });

  it('terminal text masks identity numbers before it escapes: an invisible character cannot hide one', () => {
    expect(terminalSafe('fnr 0101\u200b9010046')).toBe('fnr ******10046');
    expect(terminalSafe('fnr 010190\t10046')).toBe('fnr ******10046');
  });
});

describe('GitHub workflow commands', () => {
  it('properties and message: no control or bidi character passes raw; no second command', () => {
    const out = findingsGithub({
      findings: [
        {
          rule: 'schema',
          severity: 'error',
          file: 'x\u001b[31m\u202e/\n::error title=Injected::y.yaml',
          line: 1,
          column: 2,
          message: { id: 'type.unknown' },
        },
      ],
      agreements: 1,
      render: () => 'bad\u001b]8;;http://x\u0007\u2028::add-mask::secret\u202e',
      t: (id, ..._params) => id,
    });
    expect(out.trimEnd().split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(out.startsWith('::error file=')).toBe(true);
  });

  it('identity numbers are masked before the escaping could split them', () => {
    expect(escapeData('010190\r\n10046')).not.toContain('10046%0D');
    expect(escapeProperty('a/010190,10046.yaml')).toBe('a/010190%2C10046.yaml');
    expect(escapeProperty('a/010190 10046.yaml')).toBe('a/******10046.yaml');
    expect(escapeData('n: 010190\n10046')).toBe('n: ******10046');
  });
});

describe('JSON output', () => {
  it('masks identity numbers in every string before escaping (a tab, an NBSP, a zero-width space)', () => {
    const text = jsonText({ a: '010190\t10046', b: ['010190\u00a010046'], c: { d: '0101\u200b9010046' } });
    expect(JSON.parse(text)).toEqual({ a: '******10046', b: ['******10046'], c: { d: '******10046' } });
  });

  it('writes C1 controls, bidi controls and invisible characters as \\u escapes: the values are unchanged', () => {
    const value = { s: 'a\u009b\u202e\u200b\u2028\u{e0041}b' };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u200b\u2028]|\udb40/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('Markdown output', () => {
  it.each([
    ['http://evil.example/x', 'http'],
    ['https://evil.example/x?a=1&b=2', 'https'],
    ['www.evil.example', 'www'],
    ['ftp://evil.example', 'ftp'],
    ['mailto:ola@nav.no', 'mailto'],
  ])('%s (%s) is not turned into a link by GitHub-flavoured Markdown, and still reads', (url) => {
    const out = markdownText(`Se ${url} nå`);
    // A code span is never autolinked; the address is still there to read.
    expect(out).toContain(`\`${url}\``);
  });

  it('a bare e-mail address is text, not code (Teams shows code as code): a mailto link shows it as written', () => {
    expect(markdownText('Se ola.nordmann@nav.no nå')).toBe('Se ola.nordmann@nav.no nå');
  });

  it('hidden characters are shown, identity numbers masked before the escaping', () => {
    const out = markdownText('a\u200bb 010190_10046 \u202e');
    expect(out).toBe('a\\\\u{200b}b \\*\\*\\*\\*\\*\\*10046 \\\\u{202e}');
  });
});
