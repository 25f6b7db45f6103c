import type { CalendarDate } from '../dates.js';
import type { Cadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import type { Meeting } from '../model/index.js';
import type { RoleHolder } from './roles.js';
import type { ObligationKind, Subject } from './subject.js';

// SPEC section 16: everything dated that the agreement requires, computed once. A track is one
// subject; its occurrences are the slots the agreement requires (every period's meetings, every
// rolling interval, a one-off's due date), each with its deadline, the event that fills it and the
// role holders on its date. Status, the year plan, reminders and the report read these; none of
// them works out a deadline, a slot, a subject or a host of its own.

/** An event of a track: a meeting, an evaluation, a report, a done date. */
export interface TrackEvent {
  date: CalendarDate;
  /** held: happened (counts on or after its date); planned: on or after as-of; stale: planned, and its date has passed. */
  status: 'held' | 'planned' | 'stale' | 'cancelled';
  meeting: Meeting | null;
}

/** The holders of a body's roles (SPEC section 12) on an occurrence's date. */
export interface Holders {
  /** The day the holders are for: the event's date, else the first day a meeting could be held. */
  on: CalendarDate;
  /** Rotating bodies: the host party (recorded by the meeting, else due by the rotation). */
  host?: string | null;
  /** Bodies that declare `roles`: each role's holder. */
  roles?: Record<string, RoleHolder | null>;
}

export interface Occurrence {
  /** Its identity within the subject, for the life of the thing: `2027-T2`, `2027-T2#2`, `#3`, `due`. */
  slot: string;
  /** The period it closes: a period label, or the deadline for rolling cadences and one-offs. */
  period: string;
  deadline: CalendarDate;
  /** The days an event counts for it (both ends included): the period, or since the last event. */
  window: { from: CalendarDate; to: CalendarDate };
  /** What fills it: for meetings held, planned or stale; null while open. */
  event: TrackEvent | null;
  /** Open slots only: how many open slots the period has, and which of them this is (from 0). */
  spread: [count: number, index: number];
  holders: Holders | null;
}

/** What the agreement requires of a subject as of the as-of date: the engine makes its state of it. */
export interface Now {
  occurrence: Occurrence;
  /** Events still needed in the occurrence's period (calendar and counted cadences; else 1). */
  remaining: number;
  /** Planned events ahead of as-of that count for it. */
  planned: number;
  done: boolean;
  /** Meeting tracks: the first planned meeting whose date has passed, not recorded as held or cancelled. */
  unrecorded: CalendarDate | null;
  missed: string[];
  last: CalendarDate | null;
  /** The next planned event on or after as-of. */
  next: CalendarDate | null;
  /**
   * Bodies with roles (SPEC section 12): the holders for the next planned meeting (its own, as the
   * year plan shows that meeting), else as of as-of.
   */
  holders: Holders | null;
}

export interface Track {
  subject: Subject;
  /** The subject as section 4 writes it: `meeting:top`. */
  id: string;
  kind: ObligationKind;
  title: Message;
  /** The body or working group whose meetings satisfy it, and its name. */
  body?: string;
  name?: string;
  /** The person or party the item names: a measure's responsible, an action's owner, a group's leader. */
  named?: string;
  /** null for one-offs, and for bodies that meet without a cadence (their meetings are still events). */
  cadence: Cadence | null;
  occurrences: Occurrence[];
  /** Meeting tracks: every meeting of the body, cancelled ones included, each with its slot and holders. */
  events: Array<{ event: TrackEvent; occurrence: Occurrence | null; holders: Holders | null }>;
  now: Now | null;
  /**
   * SPEC section 14: the day the obligation stopped, its action plan retired (`record retire`).
   * From then on nothing is required (`now` is null): an evaluation track keeps the slots before
   * that day, a measure not done by then has no deadline left and is not carried out.
   */
  ended?: CalendarDate;
}
