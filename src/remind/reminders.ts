import { compareText } from '../compare.js';
import { addDays, type CalendarDate, yearOf, ymd } from '../dates.js';
import { noticeDaysOf } from '../domain/notice.js';
import type { Track } from '../domain/occurrence.js';
import { occurrences } from '../domain/tracks.js';
import { noticesAsOf } from '../domain/withdrawal.js';
import type { Obligation } from '../engine/obligation.js';
import type { AgreementStatus } from '../engine/status.js';
import { DEFAULT_REMIND_DAYS } from '../engine/status.js';
import type { Message } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { meetingAt } from '../model/meeting-time.js';
import { workingDays } from '../plan/working-days.js';
import { periodFromLabel } from '../time/period-label.js';
import { draftAgenda } from './agenda.js';
import { recipients } from './recipients.js';
import { deadlineSlot, meetingTitle, type Reminder, reminderUidKey } from './reminder.js';
import { type IsHoliday, suggestDate } from './working-days.js';

export interface RemindInput {
  data: AgreementData;
  status: AgreementStatus;
  asOf: CalendarDate;
  /** --within; the agreement's remindDaysBefore when not given. */
  within?: number;
  isHoliday: IsHoliday;
  /** The agreement's occurrences as of asOf, when the caller has them (the ones status was made from). */
  tracks?: readonly Track[];
}

function resultsAgenda(data: AgreementData): Message[] {
  return (data.agreement.areas ?? []).map((a) => ({ id: 'agenda.results-area', params: { area: a.title } }));
}

/** SPEC section 6: every overdue obligation, every deadline within the window, every planned meeting in it. */
export function reminders(input: RemindInput): Reminder[] {
  const { status, asOf, isHoliday } = input;
  // SPEC section 13: recipients follow membership as of as-of, as the occurrences do.
  const data = noticesAsOf(input.data, asOf);
  const governance = data.agreement.governance;
  const within = input.within ?? governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  const windowEnd = addDays(asOf, within);
  const days = workingDays(isHoliday, governance.calendar);
  // The first day a meeting can be held with the notice its body needs (SPEC section 13).
  const foundFor = new Map<string, ReturnType<typeof suggestDate>>();
  const suggestionFor = (body: string | undefined) => {
    const notice = noticeDaysOf(data, body);
    const key = String(notice);
    if (!foundFor.has(key)) foundFor.set(key, suggestDate(asOf, notice, days));
    return foundFor.get(key)!;
  };
  const out: Reminder[] = [];
  const tracks = input.tracks ?? occurrences(data, asOf, windowEnd);
  const meetingTracks = new Map(tracks.flatMap((t) => (t.kind === 'meeting' ? [[t.id, t] as const] : [])));

  // A planned obligation is reminded of through its planned meeting, below.
  for (const o of status.obligations) {
    if (o.state === 'done' || o.state === 'planned') continue;
    if (o.state !== 'overdue' && o.state !== 'unrecorded' && o.deadline > windowEnd) continue;
    const isMeeting = o.kind === 'meeting' && o.body !== undefined;
    const found = suggestionFor(o.body);
    const suggested = found.date;
    out.push({
      agreement: status.id,
      subject: o.subject,
      kind: 'deadline',
      title: o.title,
      state: o.state,
      deadline: o.deadline,
      daysLeft: o.daysLeft,
      date: null,
      suggested: isMeeting ? suggested : null,
      suggestedAfterDeadline: isMeeting && suggested > o.deadline,
      skipped: isMeeting ? found.skipped : [],
      recipients: recipients(data, {
        host: o.host,
        holders: [o.roles?.leader?.holder],
        date: o.holdersOn ?? asOf,
        people: [o.named],
      }),
      agenda: isMeeting
        ? draftAgenda(data, status.obligations, o.body!, suggested > windowEnd ? suggested : windowEnd, {
            id: null,
            date: suggested,
            closesYear: closesYear(o, suggested),
          })
        : o.subject === 'evaluation:agreement'
          ? resultsAgenda(data)
          : [],
      key: `${status.id}/${o.subject}/${o.period}`,
      // One UID, one event: a slot that a planned meeting fills is that meeting's (docs/decisions.md).
      uidKey: reminderUidKey(status.id, o.subject, deadlineSlot(meetingTracks.get(o.subject), o.slot)),
    });
  }

  const planned = tracks
    .flatMap((t) => t.events.map((e) => ({ track: t, ...e })))
    .filter(({ event }) => event.status === 'planned' && event.date <= windowEnd)
    .sort((a, b) => compareText(a.event.date, b.event.date));
  for (const p of planned) out.push(meetingReminder(input, p));
  // Soonest first: overdue deadlines lie in the past, so they lead.
  const day = (r: Reminder) => r.date ?? r.deadline ?? '';
  return out.sort((a, b) => compareText(day(a), day(b)) || compareText(a.subject, b.subject));
}

/**
 * A meeting not planned yet, held on `date` for obligation `o`, is the last its body must hold
 * that year when `o`'s period ends on 31 December of that year and needs no other meeting (SPEC
 * section 13, `last-of-year`). Rolling cadences say nothing of years: never.
 */
function closesYear(o: Obligation, date: CalendarDate): boolean {
  const period = periodFromLabel(o.period);
  if (!period || period.end !== ymd(yearOf(date), 12, 31)) return false;
  return (o.remaining ?? 1) <= 1;
}

/**
 * Whether the body must still meet later in the year of a recorded meeting on `date`: a slot of
 * that year other than the one the meeting fills is open (`2 per year` with one meeting planned;
 * the third tertial while the meeting is the second's). Such a meeting is not the year's last.
 */
function slotsLeftInYear(
  track: Track,
  filled: Track['occurrences'][number] | null,
  date: CalendarDate,
): boolean {
  const year = yearOf(date);
  return track.occurrences.some(
    (o) => o !== filled && o.event === null && o.deadline >= date && yearOf(o.deadline) === year,
  );
}

function meetingReminder(
  { data, status }: RemindInput,
  { track, event, occurrence, holders }: Track['events'][number] & { track: Track },
): Reminder {
  const meeting = event.meeting!;
  const at = meetingAt(meeting);
  const obligation = status.obligations.find((o) => o.subject === track.id);
  return {
    agreement: status.id,
    subject: track.id,
    kind: 'meeting',
    title: meetingTitle(meeting, track.title),
    state: obligation?.state ?? null,
    deadline: obligation?.deadline ?? null,
    daysLeft: obligation?.daysLeft ?? null,
    date: event.date,
    suggested: null,
    suggestedAfterDeadline: false,
    skipped: [],
    recipients: recipients(data, {
      host: holders?.host ?? null,
      holders: [holders?.roles?.leader?.holder],
      date: meeting.date,
    }),
    agenda: draftAgenda(data, status.obligations, meeting.body, event.date, {
      id: meeting.id,
      date: event.date,
      closesYear: !slotsLeftInYear(track, occurrence, event.date),
    }),
    key: `${status.id}/meeting/${meeting.id}`,
    uidKey: reminderUidKey(status.id, track.id, occurrence?.slot ?? meeting.id),
    meeting: meeting.id,
    ...(at ? { at } : {}),
  };
}
