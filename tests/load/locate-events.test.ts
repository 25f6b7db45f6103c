import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/load/locate.js';
import { eventIndex, locateInEvents, positionIn } from '../../src/load/locate-events.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import type { PathSegment } from '../../src/model/finding.js';
import { FIXTURES, ROOT } from '../helpers.js';

// Issue 29: a finding is placed from js-yaml's events, without the yaml package's second parse,
// and must land where locate.ts puts it in the yaml package's document; where the events cannot
// vouch for the place they say null (and the full parse places it).

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

const readable = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

const CORPUS = [...yamlFiles(FIXTURES), ...yamlFiles(join(ROOT, 'data')), ...yamlFiles(join(ROOT, 'docs'))]
  .map(readable)
  .filter((t): t is string => t !== null);

/** Every path of the value, and beside each map a key it lacks and each list an index past its end. */
function paths(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, [...at, i], out));
    out.push([...at, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
    out.push([...at, 'no-such-key'], [...at, 'no-such-key', 'deeper']);
  }
  return out;
}

/** Checks every path of the text; returns how many the events placed. */
function agreesOn(text: string): { placed: number; all: number } {
  const full = parseYaml(text);
  const index = eventIndex(text);
  if (!index || full.problems.length > 0) return { placed: 0, all: 0 };
  let placed = 0;
  const all = paths(full.value);
  for (const path of all) {
    for (const atKey of [false, true]) {
      const offset = locateInEvents(text, index, path, atKey);
      if (offset === null) continue;
      placed++;
      expect(positionIn(index, offset), `${JSON.stringify(path)} atKey=${atKey}\n${text}`).toEqual(
        locate(full.doc, full.lines, path, atKey),
      );
    }
  }
  return { placed, all: all.length * 2 };
}

describe('a finding placed from the events lands where the full parse places it', () => {
  it('on every node of every fixture, example and docs file, and places nearly all of them', () => {
    let placed = 0;
    let all = 0;
    for (const text of CORPUS) {
      const r = agreesOn(text);
      placed += r.placed;
      all += r.all;
    }
    expect(all).toBeGreaterThan(10_000);
    // The few it leaves to the full parse: empty values, tags, anchors, commented block headers.
    expect(placed / all).toBeGreaterThan(0.95);
  });

  it('on the odd forms: quotes, block scalars, flow collections, comments, empty values, CRLF', () => {
    for (const text of [
      'a: "q"\nb: \'s\'\n',
      'a: |\n  x\nb: >-\n  y\nc: |2+\n   z\n',
      'a: | # a comment\n  x\n',
      'a:\n  - |\n    x\n  - y\n',
      'a: [x, "y", {g: h}]\nb: {}\nc: []\n',
      '# head\n\na: 1 # tail\n',
      'a:\nb: ~\n',
      'a: b\r\nc:\r\n  - d\r\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'list:\n- a\n- b: c\n  d: e\n',
      '"quoted key": 1\n1.0: x\n',
    ])
      agreesOn(text);
  });

  it('on generated documents of maps, lists and scalars of every style', () => {
    const scalar = fc.constantFrom(
      'x',
      '"q"',
      "'s'",
      '1',
      '~',
      '',
      '|\n    b',
      '>-\n    f',
      '[a, b]',
      '{k: v}',
    );
    const key = fc.constantFrom('a', 'b', 'id', 'x y', 'n1');
    const line = fc.tuple(fc.nat(3), fc.constantFrom('', '- '), key, scalar);
    const doc = fc
      .array(line, { minLength: 1, maxLength: 12 })
      .map((lines) => lines.map(([i, dash, k, v]) => `${'  '.repeat(i)}${dash}${k}: ${v}\n`).join(''));
    fc.assert(
      fc.property(doc, (text) => {
        agreesOn(text);
      }),
      { numRuns: 400 },
    );
  });
});
