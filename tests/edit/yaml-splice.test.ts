import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { appendIn, removeIn, removeKeyIn, setIn } from '../../src/edit/yaml-splice.js';

const FILE = `# Kommentar øverst
schemaVersion: 1   # versjon

workingGroups:
  - id: a           # gruppe a
    name: "A"
    reports:
      - { date: 2026-01-01, summary: 'Første' }

  - { id: b, name: B, reports: [] }
# slutt
`;

/** Lines of `after` that are not in `before`, with before's lines all kept in order. */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && line === a[i]) i++;
    else added.push(line);
  }
  expect(i, 'every original line is kept, in order').toBe(a.length);
  return added;
}

describe('splicing YAML keeps every byte outside the edit', () => {
  it('appends to a block list of flow maps: one added line', () => {
    const after = appendIn(FILE, ['workingGroups', 0, 'reports'], {
      date: '2026-05-01',
      summary: 'Status: vår',
    });
    expect(addedLines(FILE, after)).toEqual(['      - { date: 2026-05-01, summary: "Status: vår" }']);
  });

  it('appends to an empty flow list in place', () => {
    const after = appendIn(FILE, ['workingGroups', 1, 'reports'], { date: '2026-05-01' });
    expect(after).toBe(FILE.replace('reports: [] }', 'reports: [{ date: 2026-05-01 }] }'));
  });

  it('adds a missing key to a block map after its last pair', () => {
    const after = setIn(FILE, ['workingGroups', 0, 'leader'], 'p');
    expect(addedLines(FILE, after)).toEqual(['    leader: p']);
    expect(parse(after).workingGroups[0].leader).toBe('p');
  });

  it('appends to a flow list whose last item has a comment after it', () => {
    const text = 'm: [\n  a, # kommentar\n  b #\n]\n';
    expect(appendIn(text, ['m'], 'c')).toBe('m: [\n  a, # kommentar\n  b, c #\n]\n');
  });

  it('adds a key to a flow map whose last value is empty and followed by a comment', () => {
    // Found by the restyle property: the entry was written against the comment (`}# kommentar`).
    const text = '{\n  a: 1,\n  b: # kommentar\n}\n';
    const after = setIn(text, ['c'], { d: 2 });
    expect(parse(after)).toEqual({ a: 1, b: null, c: { d: 2 } });
    expect(after).toContain('# kommentar');
  });

  it('adds a missing key to a flow map before its brace', () => {
    const after = setIn(FILE, ['workingGroups', 1, 'leader'], 'p');
    expect(after).toBe(FILE.replace('reports: [] }', 'reports: [], leader: p }'));
  });

  it('replaces a scalar, keeping its comment', () => {
    const after = setIn(FILE, ['workingGroups', 0, 'id'], 'a2');
    expect(after).toBe(FILE.replace('  - id: a           # gruppe a', '  - id: a2           # gruppe a'));
  });

  it('any text value survives the round trip (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (summary) => {
        const after = appendIn(FILE, ['workingGroups', 0, 'reports'], { date: '2026-05-01', summary });
        expect(parse(after).workingGroups[0].reports.at(-1)).toEqual({ date: '2026-05-01', summary });
        expect(after.startsWith(FILE.slice(0, FILE.indexOf('      - { date: 2026-01-01')))).toBe(true);
      }),
    );
  });

  it('replaces a block scalar value, keeping the line break before the next key', () => {
    const text = 'm:\n  status: |-\n    planned\n  host: a\n';
    expect(setIn(text, ['m', 'status'], 'held')).toBe('m:\n  status: held\n  host: a\n');
  });

  it('replaces a block scalar value, keeping the comment on its header line', () => {
    const text = 'm:\n  status: >- # merknad\n    planned\n  host: a\n';
    expect(setIn(text, ['m', 'status'], 'held')).toBe('m:\n  status: held # merknad\n  host: a\n');
  });

  it('fills an empty value followed by a comment, keeping the comment apart', () => {
    const text = 'm: { done: #\n  }\n';
    expect(parse(setIn(text, ['m', 'done'], '2026-12-01')).m.done).toBe('2026-12-01');
  });

  it('removes a block list item whose dash line holds only a comment', () => {
    const text = 'l:\n  - # a\n    id: a\n  - # b\n    id: b\n';
    expect(removeIn(text, ['l', 0])).toBe('l:\n  - # b\n    id: b\n');
  });

  it('appends after a last item whose last value is empty, not into the next item', () => {
    const text = 'm:\n  - a:\n      - x: 1\n        done: # c\n  - # d\n    id: b\n';
    const after = appendIn(text, ['m', 0, 'a'], { x: 2 });
    expect(parse(after)).toEqual({ m: [{ a: [{ x: 1, done: null }, { x: 2 }] }, { id: 'b' }] });
  });

  it('removes an item from a flow list with its comma', () => {
    const text = 'meetings: [ { id: a }, { id: b } ] # c\n';
    expect(removeIn(text, ['meetings', 0])).toBe('meetings: [ { id: b } ] # c\n');
    expect(parse(removeIn(text, ['meetings', 1])).meetings).toEqual([{ id: 'a' }]);
  });

  it('an empty list on a line of its own becomes a block list there, with no blank line left', () => {
    const text = 'measures:\n  []\nid: p\n';
    expect(appendIn(text, ['measures'], { id: 'a' }, 'block')).toBe('measures:\n  - id: a\nid: p\n');
    const crlf = 'measures: # tiltak\r\n  []\r\nid: p\r\n';
    expect(appendIn(crlf, ['measures'], { id: 'a' }, 'block')).toBe(
      'measures: # tiltak\r\n  - id: a\r\nid: p\r\n',
    );
  });
});

describe('removing a key from a map', () => {
  it('removes a block key with its block list, keeping the comment lines after it', () => {
    const text = 'm:\n  id: a # id\n  decisions:\n    - id: x\n      text: T\n  # etter\n  body: b\n';
    expect(removeKeyIn(text, ['m', 'decisions'])).toBe('m:\n  id: a # id\n  # etter\n  body: b\n');
  });

  it('removes the last key of a block map with its end-of-line comment', () => {
    const text = 'l:\n  - id: a\n    reports: [ { date: 2026-01-01 } ] # r\n  - id: b\n';
    expect(removeKeyIn(text, ['l', 0, 'reports'])).toBe('l:\n  - id: a\n  - id: b\n');
  });

  it('removes a key with an empty value followed by a comment', () => {
    const text = 'a: 1\nb: # tom\nc: 3\n';
    expect(removeKeyIn(text, ['b'])).toBe('a: 1\nc: 3\n');
  });

  it('gives the dash line to the next key when the key shares it', () => {
    const text = 'l:\n  - decisions:\n      - id: x\n    id: a\n    body: b\n';
    const after = removeKeyIn(text, ['l', 0, 'decisions']);
    expect(after).toBe('l:\n  - id: a\n    body: b\n');
  });

  it('leaves an empty flow map for the only key of a dash line', () => {
    const after = removeKeyIn('l:\n  - a: [1]\n  - b\n', ['l', 0, 'a']);
    expect(parse(after)).toEqual({ l: [{}, 'b'] });
  });

  it('removes a pair from a flow map with its comma, first, middle and last', () => {
    const text = 'm: { id: a, decisions: [ { id: x } ], body: b } # c\n';
    expect(removeKeyIn(text, ['m', 'id'])).toBe('m: { decisions: [ { id: x } ], body: b } # c\n');
    expect(removeKeyIn(text, ['m', 'decisions'])).toBe('m: { id: a, body: b } # c\n');
    expect(removeKeyIn(text, ['m', 'body'])).toBe('m: { id: a, decisions: [ { id: x } ] } # c\n');
    expect(parse(removeKeyIn('m: { a: [] }\n', ['m', 'a']))).toEqual({ m: {} });
  });

  it('removes from a flow map over several lines with comments', () => {
    const text = 'm: {\n  a: 1, # en\n  b: [2], # to\n  c: 3\n}\n';
    for (const key of ['a', 'b', 'c']) {
      const want = { a: 1, b: [2], c: 3 } as Record<string, unknown>;
      delete want[key];
      expect(parse(removeKeyIn(text, ['m', key]))).toEqual({ m: want });
    }
  });

  it('keeps CRLF line endings', () => {
    const text = 'm:\r\n  id: a\r\n  actions:\r\n    - { id: x }\r\n  body: b\r\n';
    const after = removeKeyIn(text, ['m', 'actions']);
    expect(after).toBe('m:\r\n  id: a\r\n  body: b\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('keeps a byte-order mark and the lines before the key', () => {
    const text = '\uFEFF# topp\nschemaVersion: 1\nevaluations: []\nid: p\n';
    expect(removeKeyIn(text, ['evaluations'])).toBe('\uFEFF# topp\nschemaVersion: 1\nid: p\n');
  });

  it('removes a key whose value is a block scalar, with the blank lines it holds', () => {
    const text = 'm:\n  notes: |\n    linje\n\n  id: a\n';
    expect(parse(removeKeyIn(text, ['m', 'notes']))).toEqual({ m: { id: 'a' } });
  });

  it('refuses a key whose value is an anchor', () => {
    expect(() => removeKeyIn('a: &x [1]\nb: *x\n', ['a'])).toThrow();
  });

  it('any map keeps the other keys and their data (property)', () => {
    const value = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.oneof(
        fc.integer(),
        fc.array(fc.integer(), { maxLength: 2 }),
        fc.constant(null),
        fc.string({ maxLength: 5 }),
      ),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom<'block' | 'flow'>('block', 'flow'),
        fc.boolean(),
        (m, style, crlf) => {
          let text = stringify({ m, z: 1 }, { collectionStyle: style });
          if (crlf) text = text.replace(/\n/g, '\r\n');
          for (const key of Object.keys(m)) {
            const want = { ...m };
            delete want[key];
            const after = removeKeyIn(text, ['m', key]);
            expect(parse(after), after).toEqual({ m: want, z: 1 });
            if (crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
          }
        },
      ),
    );
  });
});

describe('removing a key after a block scalar', () => {
  it('takes the deeper comment lines and blank lines after it, which the scalar would take in', () => {
    const text =
      'm:\n  notes: >-\n    url\n  actions:\n    - id: x\n    # deeper\n\n  # at the key\n  id: a\n';
    const after = removeKeyIn(text, ['m', 'actions']);
    expect(parse(after)).toEqual({ m: { notes: 'url', id: 'a' } });
    expect(after).toContain('  # at the key\n');
    const keep = 'm:\n  notes: |+\n    url\n  actions: [x]\n\n  id: a\n';
    expect(parse(removeKeyIn(keep, ['m', 'actions']))).toEqual({ m: { notes: 'url\n', id: 'a' } });
  });
});
