import { resolve } from 'node:path';
import { applySeverity } from '../config/severity.js';
import { displayPath } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import { compareFindings, type Finding } from '../model/finding.js';
import type { Opened } from './open.js';
import type { RunSpec } from './spec.js';

export interface ValidateResult {
  findings: Finding[];
  agreements: number;
  /** Files named on the command line that samarbeid did not read: said on stderr. */
  notChecked: string[];
  /** An error among the findings: exit 1. */
  failed: boolean;
}

/** The files samarbeid read or reported on, absolute: findings show them relative to `cwd`. */
function knownFiles(
  workspace: Workspace,
  findings: readonly Finding[],
  extra: string[],
  cwd: string,
): Set<string> {
  const known = new Set([...findings.map((f) => f.file), ...extra].map((file) => resolve(cwd, file)));
  for (const a of workspace.agreements)
    for (const s of a.sources.values()) known.add(resolve(cwd, s.display));
  return known;
}

/**
 * `samarbeid validate` as a use case: every finding of loading, schemas and rules, with the
 * workspace config's severities, only for the files named when files were named.
 */
export async function validateOf(
  opened: Opened,
  spec: Pick<RunSpec, 'asOf'>,
  severity: { strict?: boolean; warnings?: boolean },
  cwd: string = process.cwd(),
): Promise<ValidateResult> {
  const { workspace, config, configFindings, files } = opened;
  // Rules place their findings with the YAML parser, which start-up does without.
  const { checkWorkspace, rulesOff } = await import('./check.js');
  // Issue 29: a rule turned off is not run, and a warning nobody will see is not placed.
  const levels = config?.rules ?? new Map();
  const off = rulesOff(config);
  const shownAs = (rule: string, own: string) => {
    const level = levels.get(rule) ?? own;
    return severity.strict && level === 'warning' ? 'error' : level;
  };
  const all = checkWorkspace(workspace, spec.asOf, {
    off,
    keep: (f) => severity.warnings !== false || shownAs(f.rule, f.severity) !== 'warning',
  });
  const notChecked: string[] = [];
  if (files) {
    const known = knownFiles(workspace, all, config ? [config.file] : [], cwd);
    for (const file of files) if (!known.has(file)) notChecked.push(displayPath(file, cwd));
  }
  const isNamed = (file: string) => files?.has(resolve(cwd, file)) ?? true;
  const findings: Finding[] = [
    ...applySeverity(
      all.filter((f) => isNamed(f.file)),
      config,
      severity,
    ),
    // The config's own findings, unless only other files were named.
    ...(config && isNamed(config.file) ? applySeverity(configFindings, null, severity) : []),
  ].sort(compareFindings);
  return {
    findings,
    agreements: workspace.agreements.length,
    notChecked,
    failed: findings.some((f) => f.severity === 'error'),
  };
}
