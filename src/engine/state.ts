import { addDays, type CalendarDate, daysBetween } from '../dates.js';

export type ObligationState = 'done' | 'overdue' | 'planned' | 'due-soon' | 'ok';

/** Worst first: the order of the text view and the meaning of --fail-on. */
export const STATE_ORDER: readonly ObligationState[] = ['overdue', 'due-soon', 'planned', 'ok', 'done'];

export interface StateInput {
  asOf: CalendarDate;
  deadline: CalendarDate;
  done: boolean;
  /** Planned events between as-of and the deadline, and how many the deadline needs. */
  plannedInWindow: number;
  needed: number;
  remindDaysBefore: number;
}

// SPEC section 4, first match wins.
export function obligationState(s: StateInput): ObligationState {
  if (s.done) return 'done';
  if (s.deadline < s.asOf) return 'overdue';
  if (s.plannedInWindow > 0 && s.plannedInWindow >= s.needed) return 'planned';
  if (s.deadline <= addDays(s.asOf, s.remindDaysBefore)) return 'due-soon';
  return 'ok';
}

export const daysLeft = (asOf: CalendarDate, deadline: CalendarDate) => daysBetween(asOf, deadline);
