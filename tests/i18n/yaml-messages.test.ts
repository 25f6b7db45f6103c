import { describe, expect, it } from 'vitest';
import { render } from '../../src/i18n/index.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { ENGLISH_WORDS } from './english-words.js';

const BROKEN = [
  'a: "x\n',
  'a: [1, 2\n',
  'a:\n  b: 1\n c: 2\n',
  'a: 1\na: 2\n',
  'a: *nothing\n',
  'a: "\\q"\n',
  '? [a\n',
  'a: 1\n---\nb: 2\n',
  'a: !!python/object x\n',
  '\ta: 1\n',
  'a: b: c\n',
  'a: @x\n',
];

describe('YAML syntax errors read in the language of the user', () => {
  it.each(BROKEN)('%j', (text) => {
    const { problems } = parseYaml(text);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const nb = render(p.message, 'nb');
      const english = nb
        .toLowerCase()
        .split(/[^a-zæøå-]+/)
        .filter((w) => ENGLISH_WORDS.has(w));
      expect(english, nb).toEqual([]);
      expect(nb).not.toMatch(/yaml-code\./);
    }
  });
});
