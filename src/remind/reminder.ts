import type { CalendarDate } from '../dates.js';
import type { Occurrence, Track } from '../domain/occurrence.js';
import type { ObligationState } from '../engine/state.js';
import type { Message } from '../model/finding.js';
import type { MeetingAt } from '../model/meeting-time.js';
import type { Skipped } from '../plan/working-days.js';

export interface Recipient {
  person: string;
  party: string;
  role: string;
  name: string | null;
  email: string | null;
}

export interface Reminder {
  agreement: string;
  subject: string;
  kind: 'deadline' | 'meeting';
  title: Message;
  state: ObligationState | null;
  deadline: CalendarDate | null;
  /** Days from as-of to the deadline (negative when it has passed), the engine's; null without a deadline. */
  daysLeft: number | null;
  /** The planned meeting's date. */
  date: CalendarDate | null;
  suggested: CalendarDate | null;
  /** The suggested date falls after the deadline: the reminder says so. */
  suggestedAfterDeadline: boolean;
  /** The days passed over on the way to the suggested date, and why (--explain). */
  skipped?: Skipped[];
  recipients: Recipient[];
  agenda: Message[];
  /** Stable across runs: agreement, subject and period (or the meeting's id). */
  key: string;
  /** The planned meeting's id. */
  meeting?: string;
  /** The identity of the same thing in the year plan (src/plan), when it has one: its ICS UID. */
  uidKey?: string;
  /** A planned meeting's time, place and online link (SPEC section 14), when it has any. */
  at?: MeetingAt | null;
}

/**
 * A reminder's calendar identity (Reminder.uidKey): agreement, subject and slot. One function for
 * the reminders and for their withdrawal, which must name the same UID to take a reminder back.
 */
export const reminderUidKey = (agreement: string, subject: string, slot: string) =>
  `${agreement}/${subject}/${slot}`;

/**
 * The key of a deadline that stands beside a meeting holding its slot's UID: the meeting comes
 * after the deadline, and the period has no other slot open (docs/decisions.md, "One UID, one event").
 */
export const ownDeadlineSlot = (slot: string) => `${slot}/deadline`;

/**
 * Where the deadline of an occurrence that a meeting fills is reminded of: the period's next open
 * slot (a `2 per quarter` body with one meeting planned: the feed proposes that slot), else a key
 * of its own.
 */
export function slotBeside(track: Track, filled: Occurrence): string {
  const open = track.occurrences.find((o) => o.period === filled.period && o.event === null);
  return open?.slot ?? ownDeadlineSlot(filled.slot);
}

/**
 * The slot a deadline reminder is known by (Reminder.uidKey): its obligation's, unless a planned
 * meeting fills that slot. The slot's UID is then the meeting's, in the reminder file as in the
 * feed, and one UID names one event.
 */
export function deadlineSlot(track: Track | undefined, slot: string): string {
  if (track?.kind !== 'meeting') return slot;
  const filled = track.occurrences.find((o) => o.slot === slot);
  return filled?.event?.meeting && filled.event.status === 'planned' ? slotBeside(track, filled) : slot;
}

/**
 * Whether a deadline reminder stood on its own key beside this occurrence's meeting: the meeting
 * is dated after the deadline and the period has no other open slot. Its withdrawal needs to know.
 */
export function stoodBeside(track: Track, o: Occurrence): boolean {
  const event = o.event;
  if (track.kind !== 'meeting' || !event?.meeting || event.status === 'cancelled') return false;
  return event.date > o.deadline && slotBeside(track, o) === ownDeadlineSlot(o.slot);
}

/** A meeting's own title where it has one, else its track's. */
export const meetingTitle = (meeting: { title?: string | null }, fallback: Message): Message =>
  meeting.title ? { id: 'agenda.text', params: { text: meeting.title } } : fallback;
