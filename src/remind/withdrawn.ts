import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { DEFAULT_REMIND_DAYS } from '../engine/status.js';
import type { Message } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { type MeetingAt, meetingAt } from '../model/meeting-time.js';
import { meetingTitle, ownDeadlineSlot, reminderUidKey, stoodBeside } from './reminder.js';

/**
 * A reminder that was resolved within the window (SPEC section 14): its obligation was satisfied
 * by an event dated in [as-of − within, as-of]. The reminder file carries it with the reminder's
 * UID and STATUS:CANCELLED, so that a calendar that imports the file again drops the reminder.
 */
export interface WithdrawnReminder {
  subject: string;
  /** A held meeting (a planned meeting's reminder, or its body's deadline), else a deadline. */
  kind: 'deadline' | 'meeting';
  /**
   * What resolved it: the meeting was held, the deadline met; or a late meeting's date passed
   * unrecorded, and the slot's reminder (its UID) now says so.
   */
  by: 'held' | 'done' | 'unrecorded';
  title: Message;
  /** The day the reminder stood on: the meeting's date, else the deadline. */
  day: CalendarDate;
  /** The day of the event that satisfied it; an unrecorded meeting's own date. */
  resolvedOn: CalendarDate;
  /** The meeting's time, place and link, where it has any: the event keeps its place. */
  at: MeetingAt | null;
  /** The same identity as the reminder's (Reminder.uidKey): agreement, subject and slot. */
  uidKey: string;
}

export interface WithdrawnInput {
  data: AgreementData;
  asOf: CalendarDate;
  /** --within; the agreement's remindDaysBefore when not given. */
  within?: number;
  /** The agreement's occurrences as of asOf (the ones status and the reminders were made from). */
  tracks: readonly Track[];
}

/**
 * Every reminder resolved in the window, read off the one list of occurrences (SPEC section 16):
 * each slot that a held event dated in the window fills, each held meeting in the window of a body
 * whose meetings fill no slot (a planned meeting there was reminded of by its id).
 */
export function withdrawnReminders(input: WithdrawnInput): WithdrawnReminder[] {
  const { data, asOf, tracks } = input;
  const within = input.within ?? data.agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  const from = addDays(asOf, -within);
  const id = data.agreement.id;
  const inWindow = (date: CalendarDate) => date >= from && date <= asOf;
  const out: WithdrawnReminder[] = [];
  for (const track of tracks) {
    const slotted = new Set<string>();
    for (const o of track.occurrences) {
      const event = o.event;
      if (!event || !inWindow(event.date)) continue;
      // A late meeting held, or passed unrecorded (its reminder is then the slot's): the deadline
      // that stood beside it on a key of its own goes.
      if ((event.status === 'held' || event.status === 'stale') && stoodBeside(track, o))
        out.push({
          subject: track.id,
          kind: 'deadline',
          by: event.status === 'held' ? 'held' : 'unrecorded',
          title: track.title,
          day: o.deadline,
          resolvedOn: event.date,
          at: null,
          uidKey: reminderUidKey(id, track.id, ownDeadlineSlot(o.slot)),
        });
      if (event.status !== 'held') continue;
      const meeting = event.meeting;
      if (meeting) slotted.add(meeting.id);
      out.push({
        subject: track.id,
        kind: meeting ? 'meeting' : 'deadline',
        by: meeting ? 'held' : 'done',
        title: meeting ? meetingTitle(meeting, track.title) : track.title,
        day: meeting ? event.date : o.deadline,
        resolvedOn: event.date,
        at: meeting ? meetingAt(meeting) : null,
        uidKey: reminderUidKey(id, track.id, o.slot),
      });
    }
    for (const { event, occurrence } of track.events) {
      const meeting = event.meeting;
      if (occurrence || !meeting || slotted.has(meeting.id)) continue;
      if (event.status !== 'held' || !inWindow(event.date)) continue;
      out.push({
        subject: track.id,
        kind: 'meeting',
        by: 'held',
        title: meetingTitle(meeting, track.title),
        day: event.date,
        resolvedOn: event.date,
        at: meetingAt(meeting),
        uidKey: reminderUidKey(id, track.id, meeting.id),
      });
    }
  }
  return out.sort((a, b) => compareText(a.day, b.day) || compareText(a.uidKey, b.uidKey));
}
