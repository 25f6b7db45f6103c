import type { Finding } from '../model/finding.js';
import type { WorkspaceConfig } from './read-config.js';

export interface SeverityOptions {
  /** --strict: every warning is an error. */
  strict?: boolean;
  /** --no-warnings: warnings are not shown (nor counted); the exit code follows the errors. */
  warnings?: boolean;
}

/**
 * The findings as validate reports them: the workspace config's level per rule code first
 * (`off` drops the finding), then --strict, then --no-warnings. The config's own findings are
 * passed in separately and are never switched off by the config they are about.
 */
export function applySeverity(
  findings: readonly Finding[],
  config: WorkspaceConfig | null,
  options: SeverityOptions = {},
): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config?.rules.get(f.rule);
    if (level === 'off') continue;
    let severity = level ?? f.severity;
    if (options.strict && severity === 'warning') severity = 'error';
    if (options.warnings === false && severity === 'warning') continue;
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}
