import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

it('docs/rules.md documents every rule code', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  for (const rule of RULES) expect(doc, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
});
