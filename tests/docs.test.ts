import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

it('docs/rules.md documents every rule code', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  for (const rule of RULES) expect(doc, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
});

it('item 10: docs/obligations.md states the decisions the engine used to make silently', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'obligations.md'), 'utf8');
  expect(doc).toContain('`reporting: null`');
  expect(doc).toContain('before the clock starts');
  expect(doc).toContain('same day');
  expect(doc).toContain('superseded');
  expect(doc).toMatch(/successor's\s+`validity\.from`/);
});

it('issue 15: the README starts with a line that puts samarbeid on the PATH, then npm test', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const first = /```sh\n(.*)\n(.*)\n```/.exec(readme);
  expect(first?.[1]).toMatch(/^npm install && npm install --global \. && samarbeid status data\s+#/);
  expect(first?.[2]).toMatch(/^npm test\s+#/);
});

it('issue 15: the README shows the CI templates as they are in docs/ci', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const file of ['github-workflow.yml', 'gitlab-ci.yml']) {
    const text = readFileSync(join(ROOT, 'docs', 'ci', file), 'utf8');
    expect(readme, file).toContain(`\`docs/ci/${file}\`:\n\n\`\`\`yaml\n${text}\`\`\``);
  }
});
