import * as z from 'zod';
import { SCHEMAS } from '../model/schemas.js';
import type { Checker } from './checker.js';
import { fastYaml } from './fast-yaml.js';
import { parseYaml } from './parse-yaml.js';
import { placeInSource } from './place-finding.js';
import { schemaFindings } from './schema-findings.js';
import { findingAt } from './source.js';

// zod compiles each object schema into a function on first use (new Function). At start-up that
// costs about 25 ms; on 200 agreements it saved nothing measurable (bench/, docs/performance.md).
z.config({ jitless: true });

/** The real checker: YAML with positions, then the file kind's zod schema. */
export const checkText: Checker = (kind, source) => {
  // Most files are plain and valid: read fast, and accepted by their schema, they are done. Any
  // other file is parsed again the full way, which gives every finding its place.
  const fast = fastYaml(source.text);
  if (fast !== null) {
    const checked = SCHEMAS[kind].safeParse(fast.value);
    if (checked.success) return { ok: true, value: checked.data };
  }
  const parsed = parseYaml(source.text);
  if (parsed.problems.length > 0) {
    const findings = parsed.problems.map((p) => findingAt(source, p.rule, p.offset, p.message));
    return { ok: false, findings, raw: parsed.value };
  }
  if (parsed.value === null || parsed.value === undefined)
    return {
      ok: false,
      findings: [findingAt(source, 'empty-file', 0, { id: 'load.empty-file' })],
      raw: null,
    };
  const schema = SCHEMAS[kind];
  const checked = schema.safeParse(parsed.value);
  if (checked.success) return { ok: true, value: checked.data };
  const typeOk = typeof parsed.value === 'object' && !Array.isArray(parsed.value);
  const findings = typeOk
    ? schemaFindings(schema, parsed.value, source.file, checked.error.issues).map((f) =>
        placeInSource({ ...source, parsed }, f),
      )
    : [findingAt(source, 'schema', 0, { id: 'load.not-a-map' })];
  return { ok: false, findings, raw: parsed.value };
};
