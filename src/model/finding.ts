import { compareText } from '../compare.js';
import type { Message } from '../i18n/message.js';

// Findings are data: a rule code, a severity, a place and a message id with parameters. They are
// rendered into a language only at the edge (i18n), so JSON output stays stable.
export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export type { Message, Param } from '../i18n/message.js';
export { ref } from '../i18n/message.js';

/** What a rule reports: a file of the agreement folder and a path into its YAML. */
export interface RuleFinding {
  rule: string;
  severity: Severity;
  file: string;
  path: PathSegment[];
  /** Point at the key of the last path segment rather than its value. */
  atKey?: boolean;
  /** For checks on the raw text (privacy): a character offset instead of a path. */
  offset?: number;
  message: Message;
}

/** A finding with its place resolved to a file as shown to the user, line and column (1-based). */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: Message;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}
