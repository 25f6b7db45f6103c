import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Message, MessageId, Param, ParamsOf, PlainId } from '../i18n/message.js';
import type { PathSegment, RuleFinding, Severity } from '../model/finding.js';
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

/** A rule's own messages (src/i18n/rules/<code>.ts): ids of the catalogue with their texts. */
export type RuleMessages = { readonly [K in MessageId]?: Readonly<Record<Lang, string>> };

interface RuleMeta<M extends RuleMessages> {
  /** Stable code, shown in every finding and in the JSON output. */
  id: string;
  severity: Severity;
  /** One line in English for the docs' rule list. */
  description: string;
  /** The messages its findings may carry; its reporter takes no other id (and tsc says so). */
  messages: M;
}

/** Checks the loaded agreement; skipped when a file kind it needs failed its schema. */
export interface DataRule<M extends RuleMessages = RuleMessages> extends RuleMeta<M> {
  scope: 'data';
  needs: readonly FileKind[];
  check(ctx: RuleContext): RuleFinding[];
}

/** Checks every file's raw text, comments included, whether or not it parsed. */
export interface TextRule<M extends RuleMessages = RuleMessages> extends RuleMeta<M> {
  scope: 'text';
  check(file: string, text: string): RuleFinding[];
}

/** Checks the names of the agreement folder (as shown, and its own name) and of its files. */
export interface NameRule<M extends RuleMessages = RuleMessages> extends RuleMeta<M> {
  scope: 'names';
  check(folder: readonly string[], files: readonly string[]): RuleFinding[];
}

export type Rule = DataRule | TextRule | NameRule;

type ReportOptions = { severity?: Severity; atKey?: boolean };
type ReportArgs<K extends MessageId> = [K] extends [PlainId]
  ? [params?: Record<string, Param>, options?: ReportOptions]
  : [params: ParamsOf<K> & Record<string, Param>, options?: ReportOptions];

/** Reports a finding with one of the ids `Id` and the parameters its text needs. */
export type Report<Id extends MessageId = MessageId> = <K extends Id>(
  file: string,
  path: PathSegment[],
  id: K,
  ...rest: ReportArgs<K>
) => RuleFinding;

/** The ids of one rule's messages. */
export type IdOf<R extends { messages: RuleMessages }> = keyof R['messages'] & MessageId;

/** A finding of the rule whose message was made elsewhere, with an id of the rule's own. */
export function findingOf<M extends RuleMessages>(
  rule: { id: string; severity: Severity; messages: M },
  file: string,
  path: PathSegment[],
  message: Extract<Message, { id: keyof M }>,
): RuleFinding {
  return { rule: rule.id, severity: rule.severity, file, path, atKey: undefined, message };
}

/** A reporter bound to one rule, so each finding carries the rule's code and default severity. */
export function reporter<M extends RuleMessages>(rule: {
  id: string;
  severity: Severity;
  messages: M;
}): Report<keyof M & MessageId> {
  return (file, path, id, ...[params, options]) => ({
    rule: rule.id,
    severity: options?.severity ?? rule.severity,
    file,
    path,
    atKey: options?.atKey,
    message: (params ? { id, params } : { id }) as Message,
  });
}
