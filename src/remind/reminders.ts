import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import type { AgreementStatus } from '../engine/status.js';
import { DEFAULT_NOTICE_DAYS, DEFAULT_REMIND_DAYS } from '../engine/status.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { workingDays } from '../plan/working-days.js';
import { draftAgenda } from './agenda.js';
import { recipients } from './recipients.js';
import type { Reminder } from './reminder.js';
import { type IsHoliday, suggestDate } from './working-days.js';

export interface RemindInput {
  data: AgreementData;
  status: AgreementStatus;
  asOf: CalendarDate;
  /** --within; the agreement's remindDaysBefore when not given. */
  within?: number;
  isHoliday: IsHoliday;
}

function resultsAgenda(data: AgreementData): Message[] {
  return (data.agreement.areas ?? []).map((a) => ({ id: 'agenda.results-area', params: { area: a.title } }));
}

/** SPEC section 6: every overdue obligation, every deadline within the window, every planned meeting in it. */
export function reminders(input: RemindInput): Reminder[] {
  const { data, status, asOf, isHoliday } = input;
  const governance = data.agreement.governance;
  const within = input.within ?? governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  const windowEnd = addDays(asOf, within);
  const days = workingDays(isHoliday, governance.calendar);
  const found = suggestDate(asOf, governance.noticeDays ?? DEFAULT_NOTICE_DAYS, days);
  const suggested = found.date;
  const out: Reminder[] = [];

  // A planned obligation is reminded of through its planned meeting, below.
  for (const o of status.obligations) {
    if (o.state === 'done' || o.state === 'planned') continue;
    if (o.state !== 'overdue' && o.deadline > windowEnd) continue;
    const isMeeting = o.kind === 'meeting' && o.body !== undefined;
    out.push({
      agreement: status.id,
      subject: o.subject,
      kind: 'deadline',
      title: o.title,
      state: o.state,
      deadline: o.deadline,
      date: null,
      suggested: isMeeting ? suggested : null,
      suggestedAfterDeadline: isMeeting && suggested > o.deadline,
      skipped: isMeeting ? found.skipped : [],
      recipients: recipients(data, {
        host: o.host,
        holders: [o.roles?.leader?.holder],
        date: o.planned ?? asOf,
        people: [o.named],
      }),
      agenda: isMeeting
        ? draftAgenda(data, status.obligations, o.body!, suggested > windowEnd ? suggested : windowEnd)
        : o.subject === 'evaluation:agreement'
          ? resultsAgenda(data)
          : [],
      key: `${status.id}/${o.subject}/${o.period}`,
    });
  }

  const planned = allMeetings(data)
    .map((m) => m.meeting)
    .filter((m) => m.status === 'planned' && m.date >= asOf && m.date <= windowEnd)
    .sort((a, b) => compareText(a.date, b.date));
  for (const meeting of planned) out.push(meetingReminder(input, meeting));
  // Soonest first: overdue deadlines lie in the past, so they lead.
  const day = (r: Reminder) => r.date ?? r.deadline ?? '';
  return out.sort((a, b) => compareText(day(a), day(b)) || compareText(a.subject, b.subject));
}

function meetingReminder({ data, status }: RemindInput, meeting: Meeting): Reminder {
  const obligation = status.obligations.find((o) => o.subject === `meeting:${meeting.body}`);
  const bodyName =
    data.agreement.governance.bodies[meeting.body]?.name ??
    data.workingGroups.find((g) => g.id === meeting.body)?.name ??
    meeting.body;
  const body = data.agreement.governance.bodies[meeting.body];
  const host = body?.host === 'rotate' || body?.roles?.host ? (meeting.host ?? obligation?.host) : null;
  return {
    agreement: status.id,
    subject: `meeting:${meeting.body}`,
    kind: 'meeting',
    title: meeting.title
      ? { id: 'agenda.text', params: { text: meeting.title } }
      : { id: 'obligation.meeting', params: { body: bodyName } },
    state: obligation?.state ?? null,
    deadline: obligation?.deadline ?? null,
    date: meeting.date as CalendarDate,
    suggested: null,
    suggestedAfterDeadline: false,
    skipped: [],
    recipients: recipients(data, { host, holders: [obligation?.roles?.leader?.holder], date: meeting.date }),
    agenda: draftAgenda(data, status.obligations, meeting.body, meeting.date as CalendarDate),
    key: `${status.id}/meeting/${meeting.id}`,
    meeting: meeting.id,
  };
}
