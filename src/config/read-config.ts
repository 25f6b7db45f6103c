import type { Lang } from '../i18n/catalogue.js';
import { parseYaml } from '../load/parse-yaml.js';
import { placeInSource } from '../load/place-finding.js';
import { readText } from '../load/read-text.js';
import { schemaFindings } from '../load/schema-findings.js';
import { findingAt, type SourceFile } from '../load/source.js';
import type { Finding, Message } from '../model/finding.js';
import { configTextFindings } from './config-text.js';
import { locateConfig } from './locate-config.js';
import { LEVELS, type Level, WorkspaceConfigSchema } from './schema.js';

export interface WorkspaceConfig {
  /** The file as shown to the user, relative to the working folder. */
  file: string;
  lang: Lang | null;
  rules: ReadonlyMap<string, Level>;
}

export type ConfigRead =
  | { ok: true; config: WorkspaceConfig; findings: Finding[] }
  | { ok: false; message: Message };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// An unknown key under `rules` is an unknown rule code: said so, with the closest code.
function asRuleCode(message: Message, path: readonly unknown[]): Message {
  if (path.length !== 2 || path[0] !== 'rules') return message;
  if (message.id === 'schema.unknown-key-suggest') return { ...message, id: 'config.unknown-rule-suggest' };
  if (message.id === 'schema.unknown-key') return { ...message, id: 'config.unknown-rule' };
  return message;
}

/** What of a config that failed its schema can still be used: a known language, known codes. */
function salvage(file: string, raw: unknown): WorkspaceConfig {
  const value = isRecord(raw) ? raw : {};
  const lang = WorkspaceConfigSchema.shape.lang.safeParse(value.lang);
  const rules = new Map<string, Level>();
  const known = WorkspaceConfigSchema.shape.rules.unwrap().shape;
  if (isRecord(value.rules))
    for (const [code, level] of Object.entries(value.rules))
      if (Object.hasOwn(known, code) && (LEVELS as readonly unknown[]).includes(level))
        rules.set(code, level as Level);
  return { file, lang: lang.success ? (lang.data ?? null) : null, rules };
}

/** Checks one config file's text: YAML, then its schema; the findings point into the file. */
export function checkConfig(source: SourceFile & { text: string }): {
  config: WorkspaceConfig;
  findings: Finding[];
} {
  const parsed = parseYaml(source.text);
  const text = configTextFindings(source, parsed);
  if (parsed.problems.length > 0) {
    const findings = parsed.problems.map((p) => findingAt(source, p.rule, p.offset, p.message));
    return { config: salvage(source.display, null), findings: [...text, ...findings] };
  }
  // An empty file (or only comments) sets nothing.
  const value = parsed.value ?? {};
  if (!isRecord(value))
    return {
      config: salvage(source.display, null),
      findings: [...text, findingAt(source, 'schema', 0, { id: 'load.not-a-map' })],
    };
  const checked = WorkspaceConfigSchema.safeParse(value);
  if (checked.success) return { config: salvage(source.display, checked.data), findings: text };
  const findings = schemaFindings(WorkspaceConfigSchema, value, source.file, checked.error.issues).map(
    (f) => {
      const placed = placeInSource({ ...source, parsed }, f);
      return { ...placed, message: asRuleCode(f.message, f.path) };
    },
  );
  return { config: salvage(source.display, value), findings: [...text, ...findings] };
}

/**
 * The workspace config nearest at or above `from` (docs/config.md), checked; null when there is
 * none. Both samarbeid.yaml and .samarbeid.yaml in one folder is a usage error.
 */
export function readConfig(from: string, cwd: string): ConfigRead | null {
  const found = locateConfig(from, cwd);
  if (!found) return null;
  if (!found.ok) return found;
  const { file, path, dir, name } = found;
  const read = readText(path, dir);
  if (!read.ok) {
    const finding: Finding = {
      rule: read.rule,
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: read.message,
    };
    return { ok: true, config: { file, lang: null, rules: new Map() }, findings: [finding] };
  }
  const checked = checkConfig({ file: name, display: file, text: read.text, parsed: null });
  return { ok: true, ...checked };
}
