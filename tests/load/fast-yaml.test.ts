import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { coreScalar, fastYaml } from '../../src/load/fast-yaml.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { FIXTURES, ROOT } from '../helpers.js';

// The fast path may decline any file; what it must never do is give a value for a file that the
// yaml package reads differently, or reports a problem in. Checked on every YAML file of the
// fixtures and the example data, on those files cut and spliced, and on generated YAML.

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

function readable(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const CORPUS = [...yamlFiles(FIXTURES), ...yamlFiles(join(ROOT, 'data'))]
  .map(readable)
  .filter((t): t is string => t !== null);

/** Fails when the fast path gives a value that the full parse does not give, exactly. */
function agrees(text: string): boolean {
  const fast = fastYaml(text);
  if (fast === null) return false;
  const full = parseYaml(text);
  expect(full.problems, text).toEqual([]);
  expect(Object.is(full.value, null) || full.value === undefined, text).toBe(false);
  expect(fast.value, text).toStrictEqual(full.value);
  // toStrictEqual takes 0 and -0 for the same; keys in the same order, too.
  expect(JSON.stringify(fast.value), text).toBe(JSON.stringify(full.value));
  return true;
}

describe('fast YAML path', () => {
  it('gives the yaml package value for every fixture and example file it takes on', () => {
    const taken = CORPUS.filter(agrees).length;
    // Most plain files are taken, or the fast path would be no faster.
    expect(taken).toBeGreaterThan(CORPUS.length / 2);
  });

  it('declines what it does not read exactly as the yaml package does', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.1\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      '1: a\n',
      'null: a\n',
      '? [a]\n: b\n',
      '__proto__: a\n',
      '',
      '# only a comment\n',
      'a: [1, 2\n',
      'a:\n\t- b\n',
    ])
      expect(fastYaml(text), text).toBeNull();
  });

  it('agrees on odd input: line breaks, escapes, indentation, long keys', () => {
    const odd = [
      'a: b\u2028c\n',
      'a: b\u0085c\n',
      'a: b\r\nc: d\r\n',
      'a: b\rc: d\n',
      'a: "x"#c\n',
      "a: 'x'#c\n",
      'a: b\t\n',
      'a:\tb\n',
      'a: [b,\nc]\n',
      'a:\n- [b,\nc]\n',
      'k:\n  - a\n - b\n',
      'a: "\\x41\\u00e6"\n',
      'a: "\\q"\n',
      'a: |\n  x\n\n\n',
      'a: >+\n  x\n\n',
      'a: |2\n   x\n',
      'a: b\n...\n',
      '--- a\n',
      '---\na: 1\n',
      'a: - b\n',
      '- a\n-b\n',
      'a: b: c\n',
      '"a\nb": c\n',
      'a: `b\n',
      'a: @b\n',
      'a: %b\n',
      'a: b #c\n  d\n',
      'a:\n  b\n  # c\n  d\n',
      '{a: 1}\n',
      'a: {b: 1,}\n',
      'a: [1,,2]\n',
      'a: x\n  y: z\n',
      'a: "\u0007"\n',
      'a: \u0007\n',
      'a: b\u00a0\n',
      'a: 1\n\u0000',
      `a: ${'x'.repeat(2000)}\n`,
      `${'k'.repeat(1100)}: 1\n`,
      `"${'k'.repeat(1030)}": 1\n`,
    ];
    // Found by the random-character property below; each once gave a value the yaml package refused.
    odd.push(
      'k:\n- "\t!-"b1x:',
      'k:\n  - |+\n ',
      'k:\n- "b"? na',
      "k:\n-  {}+&  |':",
      'k:\n- []1*  |"]:',
      'k:\n\tbb\n',
      // Found by the round trips below: an escaped line break before a blank line.
      '{\n  a:\n    [\n      " aaa\\\n        \n        aaaa"\n    ]\n}\n',
    );
    for (const text of odd) agrees(text);
    expect(odd.filter((t) => fastYaml(t) !== null).length).toBeGreaterThan(10);
  });

  it('resolves plain scalars by the core schema', () => {
    for (const text of [
      '~',
      'null',
      'True',
      'FALSE',
      '0o17',
      '+12',
      '-0',
      '0x1F',
      '.inf',
      '-.Inf',
      '.NaN',
      '1e3',
      '1.50',
      '.5',
      '1_000',
      '0b11',
      '2026-01-15',
      'yes',
      '1e999',
      '12345678901234567890',
    ])
      expect(fastYaml(`k: ${text}\n`)?.value, text).toStrictEqual(parseYaml(`k: ${text}\n`).value);
    expect(coreScalar('017')).toBe(17);
  });

  it('agrees on fixture files cut and spliced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS),
        fc.constantFrom(...CORPUS),
        fc.nat(),
        fc.nat(),
        (a, b, i, j) => {
          agrees(a.slice(0, i % (a.length + 1)) + b.slice(j % (b.length + 1)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees on generated YAML', () => {
    const plain = fc.constantFrom(
      'a',
      'b c',
      'x-1',
      '1',
      '0.5',
      'true',
      'null',
      '~',
      '',
      "'q'",
      '"d\\tq"',
      "'it''s'",
      '2026-01-01',
      'æøå',
      'a #b',
      'a:b',
      '-1',
      '[x, y]',
      '{ k: v }',
      '[]',
      '{}',
      '|\n  t\n',
      '>-\n  u\n  v\n',
      '"x\n  y"',
      'p\n  q',
    );
    const key = fc.constantFrom('a', 'b', 'id', 'x y', '"q"', "'s'", 'n1');
    const line = fc.tuple(
      fc.nat(4),
      fc.constantFrom('', '- ', '- - '),
      key,
      fc.constantFrom(': ', ':', ' : ', ''),
      plain,
    );
    const doc = fc
      .array(line, { minLength: 1, maxLength: 8 })
      .map((lines) =>
        lines.map(([indent, dash, k, colon, v]) => `${' '.repeat(indent)}${dash}${k}${colon}${v}`).join('\n'),
      );
    fc.assert(
      fc.property(doc, (text) => {
        agrees(text);
        agrees(`${text}\n`);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on random characters after the start of a map', () => {
    // This found the cases the fast path now declines: a lone \r, a tab in indentation, text
    // glued to a closing quote or bracket, keep chomping at the end of a file.
    const char = fc.constantFrom(...'ab1 :-#\n\n  \'"[]{},|>?!&*\\.0x~\t\rnT-e+'.split(''));
    const start = fc.constantFrom('k: ', 'k:\n  ', 'k:\n  - ', 'a: 1\nk: ', 'k:\n- ');
    fc.assert(
      fc.property(start, fc.array(char, { maxLength: 30 }), (head, chars) => {
        agrees(head + chars.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on values written by the yaml package in every style', () => {
    // What a person or a tool writes: every scalar and collection style, widths that fold long
    // text, LF and CRLF. Most of these the fast path takes on, so this tests its values, not its
    // refusals.
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'ab 1:-#\'"\n\t\\æ%@`{}[],|>?!&*.~'.split('')), maxLength: 20 }),
      fc.constantFrom('null', 'true', '1', '0x1F', '2026-01-01', '-', '', ' a', 'a ', '#', '~', 'yes', '.5'),
    );
    const key = fc.string({ unit: fc.constantFrom(...'abc-_ 1'.split('')), minLength: 1, maxLength: 6 });
    const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
      ),
    }));
    const options = fc.record({
      defaultStringType: fc.constantFrom(
        'PLAIN' as const,
        'QUOTE_DOUBLE' as const,
        'QUOTE_SINGLE' as const,
        'BLOCK_LITERAL' as const,
        'BLOCK_FOLDED' as const,
      ),
      defaultKeyType: fc.constantFrom(
        null,
        'PLAIN' as const,
        'QUOTE_DOUBLE' as const,
        'QUOTE_SINGLE' as const,
      ),
      collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
      indent: fc.integer({ min: 1, max: 4 }),
      lineWidth: fc.constantFrom(0, 10, 20, 80),
      minContentWidth: fc.constantFrom(0, 5, 20),
      indentSeq: fc.boolean(),
    });
    let taken = 0;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), options, (value, style) => {
        const written = stringify(value, style);
        if (agrees(written)) taken++;
        if (agrees(written.replace(/\n/g, '\r\n'))) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(3000);
  });
});
