import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// tests/golden/cases.json says what these are and how to renew them after an intended change.
const HERE = join(ROOT, 'tests', 'golden');
const { cases } = JSON.parse(readFileSync(join(HERE, 'cases.json'), 'utf8')) as {
  cases: Array<{ name: string; args: string[] }>;
};

describe('outputs on the example data stay as read and approved (tests/golden)', () => {
  it.each(cases)('$name', ({ name, args }) => {
    const run = runBin([...args, '--no-cache']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(HERE, `${name}.out`), 'utf8'));
  });
});
