import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// `npm install` and `npm ci` in a clone warn EBADENGINE for every package whose engines.node does
// not admit the running Node. package.json promises Node 20.19 and newer, so every package in the
// lock file must admit 20.19.0 (docx's nanoid 6 asked for ^22: package.json `overrides` pins 5.x).

type Version = [number, number, number];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

/** An operator (none: equal) and a full or partial version, `*` or `x` for any. */
const COMPARATOR = /(>=|<=|>|<|=|\^|~)?\s*(\d+|\*|x)(?:\.(\d+|\*|x))?(?:\.(\d+|\*|x))?/g;

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `version` is in the npm range `range`, for the forms package-lock.json holds: `||` of
 * comparators (`>=`, `>`, `<=`, `<`, `^`, `~`, none) on full or partial versions (`20`, `6.*`). Any
 * other form throws, so that a new one is looked at rather than passed.
 */
function admits(range: string, version: Version): boolean {
  return range.split('||').some((set) => {
    const comparators = [...set.matchAll(COMPARATOR)];
    const rest = set.replace(COMPARATOR, '').trim();
    if (rest !== '') throw new Error(`cannot read the range «${range}»`);
    return comparators.every(([, op = '', ...parts]) => {
      const given = parts.filter((p) => p !== undefined && !/^[*x]$/.test(p)).map(Number);
      if (given.length === 0) return true;
      const low: Version = [given[0] ?? 0, given[1] ?? 0, given[2] ?? 0];
      // The first version past a partial one: 20 -> 21.0.0, 20.19 -> 20.20.0, 20.19.1 -> 20.19.2.
      const last = given.length - 1;
      const past = low.map((n, i) => (i < last ? n : i === last ? n + 1 : 0)) as Version;
      const c = compare(version, low);
      switch (op) {
        case '>=':
          return c >= 0;
        case '>':
          return compare(version, past) >= 0;
        case '<':
          return c < 0;
        case '<=':
          return compare(version, past) < 0;
        case '^':
          return c >= 0 && version[0] === low[0];
        case '~':
          return c >= 0 && compare(version, given.length === 1 ? past : [low[0], low[1] + 1, 0]) < 0;
        default:
          return c >= 0 && compare(version, past) < 0;
      }
    });
  });
}

describe('npm install on Node 20 gives no engine warning', () => {
  it('the range reader reads the forms npm uses as npm does', () => {
    const v = (text: string) => text.split('.').map(Number) as Version;
    expect(admits('^22 || ^24 || >=26', v('20.19.0'))).toBe(false);
    expect(admits('^22 || ^24 || >=26', v('24.1.0'))).toBe(true);
    expect(admits('^18 || >=20', v('20.19.0'))).toBe(true);
    expect(admits('^20.19.0 || >=22.12.0', v('22.11.0'))).toBe(false);
    expect(admits('6.* || 8.* || >= 10.*', v('20.19.0'))).toBe(true);
    expect(admits('20 || 22 || >=24', v('23.0.0'))).toBe(false);
    expect(admits('*', v('20.19.0'))).toBe(true);
    expect(admits('>=14.17', v('20.19.0'))).toBe(true);
    expect(admits('~20.18', v('20.19.0'))).toBe(false);
    expect(admits('>20', v('20.19.0'))).toBe(false);
    expect(admits('<=20', v('20.19.0'))).toBe(true);
    expect(admits('>=12 <20', v('20.0.0'))).toBe(false);
    expect(() => admits('>=20 <junk>', v('20.19.0'))).toThrow(/cannot read/);
  });

  it('every package in package-lock.json admits the lowest Node that package.json promises', () => {
    const lowest = pkg.engines.node
      .match(/^>=(\d+)\.(\d+)\.(\d+)$/)
      ?.slice(1)
      .map(Number) as Version;
    expect(lowest, `package.json engines.node is ${pkg.engines.node}`).toHaveLength(3);
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node && !admits(p.engines.node, lowest))
      .map(([path, p]) => `${path}@${p.version}: node ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });
});
