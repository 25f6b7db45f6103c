import type { CalendarDate } from '../dates.js';
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

/** A meeting's own title where it has one, else its track's. */
export const meetingTitle = (meeting: { title?: string | null }, fallback: Message): Message =>
  meeting.title ? { id: 'agenda.text', params: { text: meeting.title } } : fallback;
