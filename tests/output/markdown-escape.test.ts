import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdentityNumbers } from '../../src/identity/number.js';
import { markdownAddresses, markdownText } from '../../src/output/markdown-escape.js';
import { showHidden } from '../../src/output/sanitize.js';

// What a reader should see: the data on one line, blanks run together as a renderer shows them,
// masked, hidden characters shown.
const expected = (s: string) =>
  showHidden(maskIdentityNumbers(maskIdentityNumbers(s).replace(/[ \t\r\n\f]+/g, ' ')));

const SPECIAL = '\\`*_[]|~';
const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const TAG_OPENER = /^[A-Za-z/!?]/;
const ENTITY = /^(#|[A-Za-z][A-Za-z0-9]*;)/;
// CommonMark's e-mail autolink `<local@domain>`, which a renderer shows without its brackets.
const EMAIL_AUTOLINK =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/;

/**
 * Reads Markdown inline text the way a CommonMark renderer would for the constructs that matter
 * here: a backslash before punctuation is that character as text, a backtick run opens a code span
 * closed by a run of the same length. Fails when anything outside a code span could act as
 * Markdown or HTML (emphasis, links, tables, tags, entities); returns the text a reader sees and
 * the code spans.
 */
function read(md: string): { text: string; code: string[] } {
  let text = '';
  const code: string[] = [];
  let i = 0;
  while (i < md.length) {
    const c = md[i]!;
    if (c === '\\') {
      const next = md[i + 1] ?? '';
      expect(next, `a backslash at ${i} escapes punctuation`).toMatch(PUNCTUATION);
      text += next;
      i += 2;
    } else if (c === '`') {
      const fence = /^`+/.exec(md.slice(i))![0];
      const rest = md.slice(i + fence.length);
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(rest);
      expect(close, `the code span at ${i} is closed`).not.toBeNull();
      const inner = rest.slice(0, close!.index);
      code.push(inner);
      text += inner;
      i += fence.length + inner.length + fence.length;
    } else {
      expect(SPECIAL.includes(c), `${c} at ${i} is escaped`).toBe(false);
      if (c === '<') expect(md.slice(i + 1), `< at ${i} cannot open a tag`).not.toMatch(TAG_OPENER);
      if (c === '<') expect(md.slice(i + 1), `< at ${i} cannot open an autolink`).not.toMatch(EMAIL_AUTOLINK);
      if (c === '&') expect(md.slice(i + 1), `& at ${i} cannot start an entity`).not.toMatch(ENTITY);
      text += c;
      i += 1;
    }
  }
  return { text, code };
}

describe('Markdown text reads as plain text in an e-mail too', () => {
  it('<, > and & of ordinary text stay as written: no &lt;, &gt; or &amp;', () => {
    const plain = 'a < b > c & d, R&D, 3<4, -> <- Ola Hansen (ola) & co.';
    expect(markdownText(plain)).toBe(plain);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['</b>', '\\</b>'],
    ['<!-- skjult -->', '\\<!-- skjult -->'],
    ['<?xml?>', '\\<?xml?>'],
    ['&amp; &lt;', '\\&amp; \\&lt;'],
    ['&#60; &#x3c;', '\\&#60; \\&#x3c;'],
  ])('%s: what could open a tag or an entity gets a backslash', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });

  it('links, images, emphasis and table pipes from the data stay text', () => {
    expect(markdownText('[klikk](https://x.example) ![bilde](x.png) *fet* _kursiv_ a|b ~~x~~')).toBe(
      '\\[klikk\\](`https://x.example)` !\\[bilde\\](x.png) \\*fet\\* \\_kursiv\\_ a\\|b \\~\\~x\\~\\~',
    );
  });

  it('an e-mail address is text, not a code span (Teams shows code as code)', () => {
    expect(markdownText('skriv til ola.hansen@nav.no')).toBe('skriv til ola.hansen@nav.no');
    expect(read(markdownText('ola_hansen@nav.no')).code).toEqual([]);
  });

  it.each([
    ['Ola <ola.hansen@nav.no>', 'Ola \\<ola.hansen@nav.no>'],
    ['<1ola@nav.no>', '\\<1ola@nav.no>'],
    ["<+o'la@nav.no>", "\\<+o'la@nav.no>"],
  ])(
    '%s: a < that would open an e-mail autolink (and lose its brackets) gets a backslash',
    (input, output) => {
      expect(markdownText(input)).toBe(output);
      expect(read(output).text).toBe(input);
    },
  );

  it('property: any text comes out as itself to the reader, and nothing in it acts as Markdown or HTML', () => {
    const unit = fc.constantFrom(
      ...'<>&#;/!?=aZb1 .:@_*`\\[]()|~-+\n\tæ'.split(''),
      'http://',
      'www.',
      'ola@nav.no',
      '<1o@n.no>',
      '&amp;',
      '<img ',
      '</',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const input = parts.join('');
        const { text } = read(markdownText(input));
        expect(text).toBe(expected(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Markdown addresses (the To list)', () => {
  it('a To list is text with its brackets escaped: no code span, read back as written', () => {
    const to = 'Ola Hansen <ola.hansen@nav.no>; "Rådgiver, Opplæring" <kari@bfk.no>';
    const md = markdownAddresses(to);
    expect(md).toBe('Ola Hansen \\<ola.hansen@nav.no\\>; "Rådgiver, Opplæring" \\<kari@bfk.no\\>');
    expect(read(md)).toEqual({ text: to, code: [] });
  });

  it('property: any text comes out as itself, every bracket escaped, nothing acting', () => {
    const unit = fc.constantFrom(
      ...'<>&#;/!?=aZb1 .:@_*`\\[]()|~-+\n'.split(''),
      'ola@nav.no',
      '&amp;',
      'www.',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const input = parts.join('');
        const md = markdownAddresses(input);
        expect(md.replace(/\\./g, '')).not.toMatch(/[<>]/);
        expect(read(md).text).toBe(expected(input));
      }),
      { numRuns: 1000 },
    );
  });
});
