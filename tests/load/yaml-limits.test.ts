import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { MAX_DEPTH } from '../../src/load/yaml-depth.js';

// Issue 24: what the YAML reader makes of deep, large and tagged input does not depend on the
// stack of the thread that reads it, and takes one pass.

const rules = (text: string) => parseYaml(text).problems.map((p) => [p.rule, p.offset]);

describe('the YAML reader: nesting, repeated keys and core tags', () => {
  it(`lists and maps nest up to ${MAX_DEPTH} levels; one more is a finding at the first level too deep`, () => {
    const flow = (n: number) => `x: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(rules(flow(MAX_DEPTH - 1))).toEqual([]);
    expect(rules(flow(MAX_DEPTH))).toEqual([['yaml-syntax', 3 + MAX_DEPTH - 1]]);
    expect(rules(flow(10_000))).toEqual([['yaml-syntax', 3 + MAX_DEPTH - 1]]);
    const compact = (n: number) => `x:\n  ${'- '.repeat(n)}a\n`;
    expect(rules(compact(MAX_DEPTH - 2))).toEqual([]);
    expect(rules(compact(500_000))).toHaveLength(1);
    const maps = `x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    expect(parseYaml(maps).problems[0]?.message).toEqual({
      id: 'load.yaml-syntax',
      params: { detail: { ref: 'yaml-code.TOO_DEEP' } },
    });
  });

  it("repeated keys are found in one pass, where the yaml package's own check put them", () => {
    for (const text of [
      'a: 1\nb: 2\na: 3\n',
      '{ a: 1, "a": 2, 1: x, "1": y, ~: 1, null: 2 }\n',
      '? a\n: 1\n? a\n: 2\n',
      '!!str a: 1\n!!str a: 2\n',
      '- {a: 1, a: 2}\n- {b: 1, c: {b: 2, b: 3}}\n',
      '.nan: 1\n.nan: 2\n',
    ]) {
      const theirs = parseDocument(text, { version: '1.2', uniqueKeys: true }).errors.map((e) => [
        'duplicate-key',
        e.pos[0],
      ]);
      expect(rules(text), text).toEqual(theirs);
    }
    const keys = Array.from({ length: 75_000 }, (_, i) => `k${i}: 1`).join(', ');
    expect(rules(`{ ${keys}, k7: 2 }\n`)).toHaveLength(1);
  });

  it('core tags resolve as YAML 1.2 says; `!!float 1` is the number 1', () => {
    const value = (text: string) => (parseYaml(`x: ${text}\n`).value as { x: unknown } | undefined)?.x;
    expect(value('!!null')).toBeNull();
    expect(value('!!str 2026-01-01')).toBe('2026-01-01');
    expect(value('!!int 0x1F')).toBe(31);
    expect(value('!!float 1')).toBe(1);
    expect(value('!!float -2.5')).toBe(-2.5);
    expect(value('!!bool true')).toBe(true);
    expect(value('!!map {a: 1}')).toEqual({ a: 1 });
    expect(value('!!seq [a]')).toEqual(['a']);
    expect(value('1')).toBe(1);
    for (const wrong of ['!!int x', '!!bool yes', '!!float x', '!!null x', '!!map', '!!seq', '!!map [a]'])
      expect(
        rules(`x: ${wrong}\n`).map(([rule]) => rule),
        wrong,
      ).toEqual(['yaml-tag']);
  });
});
