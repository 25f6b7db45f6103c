import type { CalendarDate } from '../dates.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Message, Param, PathSegment, RuleFinding, Severity } from '../model/finding.js';
import type { AgreementData, FileKind, WorkspaceAgreement } from '../model/index.js';
import type { MinutesFiles } from '../model/minutes-ref.js';

export type { WorkspaceAgreement } from '../model/index.js';

export interface RuleContext {
  data: AgreementData;
  asOf: CalendarDate;
  /** Every agreement of the workspace, the checked one included. */
  workspace: readonly WorkspaceAgreement[];
  /** The raw text of every file that could be read, by its path inside the folder. */
  texts: ReadonlyMap<string, string>;
  /** What is at each path of a meeting's `minutes` (src/load/minutes-files.ts looks; rules do not). */
  minutesFiles: MinutesFiles;
}

interface RuleMeta {
  /** Stable code, shown in every finding and in the JSON output. */
  id: string;
  severity: Severity;
  /** One line in English for the docs' rule list. */
  description: string;
  messages: Catalogue;
}

/** Checks the loaded agreement; skipped when a file kind it needs failed its schema. */
export interface DataRule extends RuleMeta {
  scope: 'data';
  needs: readonly FileKind[];
  check(ctx: RuleContext): RuleFinding[];
}

/** Checks every file's raw text, comments included, whether or not it parsed. */
export interface TextRule extends RuleMeta {
  scope: 'text';
  check(file: string, text: string): RuleFinding[];
}

/** Checks the names of the agreement folder (as shown, and its own name) and of its files. */
export interface NameRule extends RuleMeta {
  scope: 'names';
  check(folder: readonly string[], files: readonly string[]): RuleFinding[];
}

export type Rule = DataRule | TextRule | NameRule;

export type Report = (
  file: string,
  path: PathSegment[],
  id: string,
  params?: Record<string, Param>,
  options?: { severity?: Severity; atKey?: boolean },
) => RuleFinding;

/** A reporter bound to one rule, so each finding carries the rule's code and default severity. */
export function reporter(rule: { id: string; severity: Severity }): Report {
  return (file, path, id, params, options) => {
    const message: Message = params ? { id, params } : { id };
    return {
      rule: rule.id,
      severity: options?.severity ?? rule.severity,
      file,
      path,
      atKey: options?.atKey,
      message,
    };
  };
}
