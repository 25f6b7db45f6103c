import type { CalendarDate } from '../dates.js';
import type { Message } from '../model/finding.js';
import type { RoleHolder } from './roles.js';
import type { ObligationState } from './state.js';

export type ObligationKind =
  | 'meeting'
  | 'evaluation'
  | 'report'
  | 'measure'
  | 'action'
  | 'sub-agreement'
  | 'agreement'
  | 'term';

/** Everything that recurs or falls due (SPEC section 4). Titles are messages: the engine holds no text. */
export interface Obligation {
  subject: string;
  kind: ObligationKind;
  title: Message;
  state: ObligationState;
  deadline: CalendarDate;
  daysLeft: number;
  last: CalendarDate | null;
  planned: CalendarDate | null;
  /** Rotating bodies only: the party whose turn it is to host. */
  host?: string | null;
  /** Bodies with `roles` only (SPEC section 12): each role's holder for the next meeting, else as of. */
  roles?: Record<string, RoleHolder | null>;
  /** Calendar and counted cadences only. */
  remaining?: number;
  missed: string[];
  /** The body or working group whose meeting satisfies this obligation. */
  body?: string;
  /** The person or party the item itself names: a measure's responsible, an action's owner, a group's leader. */
  named?: string;
  /** The period the deadline closes (label or date): with agreement and subject, a stable reminder id. */
  period: string;
}

export interface EngineContext {
  asOf: CalendarDate;
  remindDaysBefore: number;
}
