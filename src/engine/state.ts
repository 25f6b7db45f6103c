import { addDays, type CalendarDate, daysBetween } from '../dates.js';

export type ObligationState = 'done' | 'unrecorded' | 'overdue' | 'planned' | 'due-soon' | 'ok';

/**
 * Worst first: the order of the text view and the meaning of --fail-on. A meeting nobody recorded
 * (SPEC section 14) comes first: it is the one thing only the secretariat can put right, at once.
 */
export const STATE_ORDER: readonly ObligationState[] = [
  'unrecorded',
  'overdue',
  'due-soon',
  'planned',
  'ok',
  'done',
];

export interface StateInput {
  asOf: CalendarDate;
  deadline: CalendarDate;
  done: boolean;
  /** A planned meeting of the body whose date has passed, neither recorded as held nor cancelled. */
  unrecorded?: boolean;
  /** Planned events between as-of and the deadline, and how many the deadline needs. */
  plannedInWindow: number;
  needed: number;
  remindDaysBefore: number;
}

// SPEC sections 4 and 14, first match wins.
export function obligationState(s: StateInput): ObligationState {
  if (s.done) return 'done';
  if (s.unrecorded) return 'unrecorded';
  if (s.deadline < s.asOf) return 'overdue';
  if (s.plannedInWindow > 0 && s.plannedInWindow >= s.needed) return 'planned';
  if (s.deadline <= addDays(s.asOf, s.remindDaysBefore)) return 'due-soon';
  return 'ok';
}

export const daysLeft = (asOf: CalendarDate, deadline: CalendarDate) => daysBetween(asOf, deadline);
