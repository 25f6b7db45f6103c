import type { CalendarDate } from '../dates.js';
import type { PlainId } from '../i18n/message.js';
import type { Planner } from './record-run.js';

// The record vocabulary of SPEC section 8, one entry a command: its options, its examples and
// how its options become a planned change. record.ts turns the table into commander commands;
// the entries are in record-kinds-*.ts, by what they record.

export type Values = Record<string, unknown>;
export type Run = typeof import('./record-run.js');

export interface OptionSpec {
  flags: string;
  /** A message id of the help catalogues (src/i18n/help-record-messages.ts). */
  description: PlainId;
  required?: boolean;
  /** `date`: YYYY-MM-DD or DD.MM.YYYY; `repeat`: may be given more than once. */
  kind?: 'date' | 'repeat' | 'list';
  choices?: readonly string[];
  default?: string;
}

export interface RecordKind {
  name: string;
  /** A message id, like the options' descriptions. */
  description: PlainId;
  options: OptionSpec[];
  examples: string[];
  /** Which of two options must be given (exactly one). */
  oneOf?: [string, string, PlainId];
  plan: (o: Values, run: Run) => Planner;
}

export const s = (v: unknown) => v as string;
export const sOpt = (v: unknown) => v as string | undefined;
export const d = (v: unknown) => v as CalendarDate;
export const dOpt = (v: unknown) => v as CalendarDate | undefined;

export const DATE = (description: PlainId, required = true): OptionSpec => ({
  flags: '--date <date>',
  description,
  required,
  kind: 'date',
});
export const MEETING: OptionSpec = {
  flags: '--meeting <meeting>',
  description: 'help.record.meeting-id',
  required: true,
};
export const PLAN: OptionSpec = { flags: '--plan <plan>', description: 'help.record.plan', required: true };
export const F = 'data/buskerud-2024';
