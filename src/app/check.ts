import { basename } from 'node:path';
import type { WorkspaceConfig } from '../config/read-config.js';
import type { CalendarDate } from '../dates.js';
import { minutesFilesOf } from '../load/minutes-files.js';
import { placeFinding } from '../load/place-finding.js';
import type { LoadedAgreement } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import { compareFindings, type Finding, type RuleFinding } from '../model/finding.js';
import type { MinutesFiles } from '../model/minutes-ref.js';
import { RULES, runRules } from '../rules/index.js';

/**
 * What of the rules is wanted (issue 29): a rule turned `off` is not run, and a finding nobody
 * will see (a warning under --no-warnings) is dropped before it is placed, which costs a parse.
 */
export interface RuleSelection {
  off?: ReadonlySet<string>;
  /** Whether a rule's finding is kept, by its code and the severity it will be shown with. */
  keep?: (f: RuleFinding) => boolean;
  /** What is at each `minutes` path; the disk by default, a git tree's listing for `diff`. */
  minutesFiles?: (loaded: LoadedAgreement) => MinutesFiles;
}

/** The rules the workspace config (samarbeid.yaml) turns `off`: validate and record run neither. */
export function rulesOff(config: Pick<WorkspaceConfig, 'rules'> | null): Set<string> {
  return new Set([...(config?.rules ?? [])].flatMap(([code, level]) => (level === 'off' ? [code] : [])));
}

/** Every finding of every agreement: loading, schema and rules, placed and sorted. */
export function checkWorkspace(
  workspace: Workspace,
  asOf: CalendarDate,
  selection: RuleSelection = {},
): Finding[] {
  const rules = selection.off?.size ? RULES.filter((r) => !selection.off!.has(r.id)) : RULES;
  const keep = selection.keep ?? (() => true);
  const lookUp =
    selection.minutesFiles ?? ((loaded: LoadedAgreement) => minutesFilesOf(loaded.dir, loaded.data));
  return workspace.agreements
    .flatMap((loaded) => {
      const texts = [...loaded.sources.values()].flatMap((s) =>
        s.text === null ? [] : [{ file: s.file, text: s.text }],
      );
      const ruleFindings = runRules(
        {
          data: loaded.data,
          texts,
          asOf,
          workspace: workspace.known,
          folder: { display: loaded.display, name: basename(loaded.dir) },
          files: [...loaded.sources.keys()],
          // Looked up now, on every check, never from the cache (src/load/minutes-files.ts).
          minutesFiles: lookUp(loaded),
        },
        rules,
      );
      const placed: Finding[] = [...loaded.findings];
      for (const f of ruleFindings) if (keep(f)) placed.push(placeFinding(loaded.sources, loaded.display, f));
      return placed;
    })
    .sort(compareFindings);
}
