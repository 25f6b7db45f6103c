import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/model/json-schema.js';
import { ROOT, runBin } from '../helpers.js';

describe('JSON Schemas', () => {
  it('the committed schemas/ match the zod schemas (run `npm run schema` when this fails)', () => {
    const committed = readdirSync(join(ROOT, 'schemas')).sort();
    const generated = jsonSchemas();
    expect(committed).toEqual(generated.map((s) => s.name).sort());
    for (const { name, text } of generated)
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), name).toBe(text);
  });

  it('every example data file names its schema for the editor', () => {
    const files = [
      'agreement.yaml',
      'people.yaml',
      'meetings/2026.yaml',
      'action-plans/handlingsplan-ungdom.yaml',
    ];
    for (const file of files) {
      const first = readFileSync(join(ROOT, 'data', 'buskerud-2024', file), 'utf8').split('\n')[0];
      expect(first, file).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)+schemas\/[a-z-]+\.schema\.json$/,
      );
    }
  });

  it('`samarbeid schema` prints all schemas as one JSON object', () => {
    const run = runBin(['schema']);
    expect(run.status).toBe(0);
    const all = JSON.parse(run.stdout);
    expect(all['agreement.schema.json'].required).toContain('governance');
  });
});
