import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './helpers.js';

/** The official SARIF 2.1.0 JSON Schema (tests/vendor/sarif), compiled once: errors of a log, or none. */
export function sarifErrors(log: unknown): string[] {
  validate ??= compile();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let validate: ReturnType<Ajv2020['compile']> | undefined;

function compile() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests', 'vendor', 'sarif', 'sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
