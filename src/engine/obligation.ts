import type { CalendarDate } from '../dates.js';
import type { RoleHolder } from '../domain/roles.js';
import type { ObligationKind, Subject } from '../domain/subject.js';
import type { Message } from '../model/finding.js';
import type { ObligationState } from './state.js';

export type { ObligationKind } from '../domain/subject.js';

/** Everything that recurs or falls due (SPEC section 4). Titles are messages: the engine holds no text. */
export interface Obligation {
  /** The subject as section 4 writes it (`meeting:top`): what every output shows. */
  subject: string;
  /** The same subject as a typed value, for code that needs its parts. */
  about: Subject;
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
  /** The occurrence's identity within the subject (`2027-T2`, `#3`, `due`): with agreement and subject, its calendar UID. */
  slot: string;
  /** A rotating secretariat (SPEC section 13): the party or side holding it on `holdersOn`, else as of. */
  secretariat?: string;
  /** The day the role holders are for. */
  holdersOn?: CalendarDate;
  /** State `unrecorded`: the date of the planned meeting that is neither recorded as held nor cancelled. */
  unrecorded?: CalendarDate;
}

export interface EngineContext {
  asOf: CalendarDate;
  remindDaysBefore: number;
}
