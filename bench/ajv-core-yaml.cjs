// Preloaded into ajv-cli by bench/run.js (node -r). ajv-cli reads YAML with js-yaml 3's default
// schema, YAML 1.1, which turns every unquoted date (2026-01-15) into a Date object; the JSON
// Schemas say "type": "string", so every file with a date would fail with "must be string".
// samarbeid reads YAML 1.2's core schema, where a date is a string. This makes ajv-cli's own
// js-yaml do the same, so that ajv-cli checks what samarbeid checks: same parser, same schemas.
const { createRequire } = require('node:module');

const yaml = createRequire(require.resolve('ajv-cli/package.json'))('js-yaml');
yaml.safeLoad = (text, options) => yaml.load(text, { ...options, schema: yaml.CORE_SCHEMA });
