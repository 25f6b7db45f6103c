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
