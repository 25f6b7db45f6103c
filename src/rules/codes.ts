import type { Severity } from '../model/finding.js';
import { RULES } from './index.js';

export interface RuleCode {
  id: string;
  severity: Severity;
  /** One line in English: docs/rules.md and SARIF's rule list. */
  description: string;
}

/**
 * The codes of reading, parsing and schema checking (src/load), which no rule module owns. A test
 * checks that every code a bad fixture produces is here or in RULES, and docs/rules.md lists them.
 */
export const LOAD_CODES: readonly RuleCode[] = [
  { id: 'missing-file', severity: 'error', description: 'agreement.yaml or people.yaml is missing' },
  {
    id: 'unknown-file',
    severity: 'warning',
    description: 'a YAML file at the top of an agreement folder that is not one of the known files',
  },
  { id: 'file-too-large', severity: 'error', description: 'a file over 2 MiB' },
  { id: 'file-binary', severity: 'error', description: 'a file with NUL bytes or invalid UTF-8' },
  { id: 'file-unreadable', severity: 'error', description: 'a file that cannot be read' },
  {
    id: 'file-not-regular',
    severity: 'error',
    description: 'a data file that is a folder, a FIFO, a device or a socket',
  },
  {
    id: 'file-outside',
    severity: 'error',
    description: 'a data file or folder whose real path lies outside the agreement folder',
  },
  { id: 'folder-unreadable', severity: 'error', description: 'a folder that cannot be listed' },
  {
    id: 'lock-file',
    severity: 'error',
    description:
      'a .samarbeid.lock that samarbeid did not write, or holds a change from another machine (error); one left by a command that was cut short (warning)',
  },
  { id: 'yaml-syntax', severity: 'error', description: 'a YAML syntax error' },
  { id: 'duplicate-key', severity: 'error', description: 'the same key twice in one map' },
  { id: 'yaml-tab', severity: 'error', description: 'a tab used for indentation' },
  { id: 'yaml-tag', severity: 'error', description: "an explicit tag other than the core schema's" },
  { id: 'yaml-alias', severity: 'error', description: 'more than 100 alias expansions' },
  {
    id: 'yaml-multiple-documents',
    severity: 'error',
    description: 'more than one YAML document in a file',
  },
  { id: 'empty-file', severity: 'error', description: 'an empty file' },
  {
    id: 'schema',
    severity: 'error',
    description: 'the schema of the file kind: types, required keys, unknown keys, dates, ids, cadences',
  },
];

/** Every rule code samarbeid can report, once each (some rules have several modules), in a stable order. */
export const RULE_CODES: readonly RuleCode[] = (() => {
  const seen = new Map<string, RuleCode>();
  for (const r of [...LOAD_CODES, ...RULES])
    if (!seen.has(r.id)) seen.set(r.id, { id: r.id, severity: r.severity, description: r.description });
  return [...seen.values()];
})();
