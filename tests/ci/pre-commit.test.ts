import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

// .pre-commit-hooks.yaml: pre-commit matches `files` with Python's re.search on each path
// relative to the repository; this pattern means the same in JavaScript.
const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<
  Record<string, unknown>
>;
const pattern = new RegExp(String(hook?.files));
const exclude = new RegExp(String(hook?.exclude));
const files = { test: (path: string) => pattern.test(path) && !exclude.test(path) };

it('the pre-commit hook runs samarbeid validate on the named files, installed as a node package', () => {
  expect(hook).toMatchObject({
    id: 'samarbeid-validate',
    entry: 'samarbeid validate',
    language: 'node',
    pass_filenames: true,
  });
});

it('the hook is given every file of the example agreements, and no other YAML', () => {
  const data = readdirSync(join(ROOT, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => relative(ROOT, join(ROOT, 'data', f)).replaceAll('\\', '/'));
  expect(data.length).toBeGreaterThan(10);
  for (const path of data) expect(files.test(path), path).toBe(true);
  for (const path of ['agreement.yaml', 'meetings/2027.yaml', 'samarbeid.yaml', 'x/.samarbeid.yml'])
    expect(files.test(path), path).toBe(true);
  for (const path of [
    '.gitlab-ci.yml',
    '.github/workflows/samarbeid.yml',
    'docs/ci/gitlab-ci.yml',
    '.pre-commit-config.yaml',
    'data/buskerud-2024/meetings/2026.yaml.bak',
    'data/buskerud-2024/notes/agreement-draft.yaml',
    'pnpm-lock.yaml',
  ])
    expect(files.test(path), path).toBe(false);
});
