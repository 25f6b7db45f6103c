import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { occurrences } from '../domain/tracks.js';
import { DEFAULT_REMIND_DAYS } from '../engine/status.js';
import type { Message } from '../model/finding.js';
import type { AgreementData, Meeting } from '../model/index.js';
import { type MeetingAt, meetingAt } from '../model/meeting-time.js';
import { meetingTitle, ownDeadlineSlot, reminderUidKey, stoodBeside } from './reminder.js';

/**
 * A reminder that was resolved within the window (SPEC section 14): its obligation was satisfied
 * by an event dated in [as-of − within, as-of], or its planned meeting was cancelled. The reminder
 * file carries it with the reminder's UID and STATUS:CANCELLED, so that a calendar that imports the
 * file again drops the reminder.
 */
export interface WithdrawnReminder {
  subject: string;
  /** A held meeting (a planned meeting's reminder, or its body's deadline), else a deadline. */
  kind: 'deadline' | 'meeting';
  /**
   * What resolved it: the meeting was held, the deadline met, the planned meeting cancelled; or a
   * late meeting's date passed unrecorded, and the slot's reminder (its UID) now says so.
   */
  by: 'held' | 'done' | 'cancelled' | 'unrecorded';
  title: Message;
  /** The day the reminder stood on: the meeting's date, else the deadline. */
  day: CalendarDate;
  /** The day of the event that satisfied it; a cancelled or unrecorded meeting's own date. */
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
  /** The day `tracks` were made up to (occurrences' `until`); as-of when not given. */
  until?: CalendarDate;
}

/**
 * Every reminder resolved in the window, read off the one list of occurrences (SPEC section 16):
 * each slot that a held event dated in the window fills, each held meeting in the window of a body
 * whose meetings fill no slot (a planned meeting there was reminded of by its id), and each
 * cancelled meeting that a reminder of the window stood for. One entry a UID.
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
  out.push(...cancelledReminders(input, from, addDays(asOf, within)));
  // One UID, one event: where a cancelled meeting would have taken a slot that a held one fills,
  // the first said (held, then cancelled) is the one.
  const byUid = new Map<string, WithdrawnReminder>();
  for (const w of out) if (!byUid.has(w.uidKey)) byUid.set(w.uidKey, w);
  return [...byUid.values()].sort((a, b) => compareText(a.day, b.day) || compareText(a.uidKey, b.uidKey));
}

/**
 * The reminders of planned meetings that were cancelled (`record cancel`): a meeting dated in
 * [as-of − within, as-of + within] was reminded of while it was planned. The slot it stood on is
 * the one it would fill now had it stayed planned, so the occurrences are made again with these
 * meetings planned (only when there are any): its UID, and that of the deadline reminder beside
 * it where it came after its deadline. No state is kept, so a meeting recorded as cancelled from
 * the start is withdrawn too, which a calendar that never had it ignores.
 */
function cancelledReminders(
  input: WithdrawnInput,
  from: CalendarDate,
  to: CalendarDate,
): WithdrawnReminder[] {
  const { data, asOf } = input;
  const cancelled = new Set(
    input.tracks.flatMap((t) =>
      t.events.flatMap(({ event }) =>
        event.status === 'cancelled' && event.meeting && event.date >= from && event.date <= to
          ? [event.meeting.id]
          : [],
      ),
    ),
  );
  if (cancelled.size === 0) return [];
  const planned = (m: Meeting): Meeting =>
    cancelled.has(m.id) ? { ...m, status: 'planned', cancelled: null } : m;
  const before: AgreementData = {
    ...data,
    meetingFiles: data.meetingFiles.map((f) => ({ ...f, value: f.value.map(planned) })),
  };
  const id = data.agreement.id;
  const out: WithdrawnReminder[] = [];
  for (const track of occurrences(before, asOf, input.until ?? asOf)) {
    for (const { event, occurrence } of track.events) {
      const meeting = event.meeting;
      if (!meeting || !cancelled.has(meeting.id)) continue;
      const base = { subject: track.id, by: 'cancelled' as const, resolvedOn: event.date };
      out.push({
        ...base,
        kind: 'meeting',
        title: meetingTitle(meeting, track.title),
        day: event.date,
        at: meetingAt(meeting),
        uidKey: reminderUidKey(id, track.id, occurrence?.slot ?? meeting.id),
      });
      if (occurrence && stoodBeside(track, occurrence))
        out.push({
          ...base,
          kind: 'deadline',
          title: track.title,
          day: occurrence.deadline,
          at: null,
          uidKey: reminderUidKey(id, track.id, ownDeadlineSlot(occurrence.slot)),
        });
    }
  }
  return out;
}
