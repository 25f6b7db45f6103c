import { addDays, type CalendarDate } from '../dates.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import {
  type Approval,
  DEFAULT_MINUTES_DAYS,
  hasMinutes,
  minutesOf,
  parseApproval,
} from '../model/minutes.js';
import type { Occurrence, Track, TrackEvent } from './occurrence.js';
import { formatSubject, kindOf, type Subject } from './subject.js';
import type { TrackContext } from './tracks.js';
import { meetingParam } from './tracks-other.js';

// SPEC section 13: "referat sendes på høring og godkjennes i neste møte". Only where
// governance.minutes is written (minutesDays alone keeps the old warning, rule minutes-missing):
// one track `minutes:<meeting>` per held meeting. Its one occurrence is the step still ahead:
// first the minutes (due `days` after the meeting), then, with `approval`, their approval (at the
// body's next meeting, or `<n> days` after the meeting). The slot keeps one identity through both
// steps, so a calendar feed moves the event rather than dropping one and adding another.

interface Step {
  title: Message;
  deadline: CalendarDate;
  done: boolean;
  event: TrackEvent | null;
  /** The body's next meeting is planned on or after as-of: state `planned`. */
  planned: number;
  next: CalendarDate | null;
}

export function minutesTracks(
  data: AgreementData,
  ctx: TrackContext,
  meetingTracks: readonly Track[],
): Track[] {
  const duty = data.agreement.governance.minutes;
  if (!duty) return [];
  const days = duty.days ?? data.agreement.governance.minutesDays ?? DEFAULT_MINUTES_DAYS;
  const approval = parseApproval(duty.approval);
  const meetings = allMeetings(data)
    .map(({ meeting }) => meeting)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    meetings
      .filter((m) => m.status === 'held' && m.date <= ctx.asOf)
      // SPEC section 13: minutes: obligations of meetings before trackedFrom do not exist.
      .filter((m) => ctx.trackedFrom === null || m.date >= ctx.trackedFrom)
      .flatMap((m) => {
        const step = stepOf(data, ctx, { meeting: m, meetings, byId, days, approval, meetingTracks });
        return step ? [track(data, m, step)] : [];
      })
  );
}

interface StepInput {
  meeting: Meeting;
  meetings: readonly Meeting[];
  byId: ReadonlyMap<string, Meeting>;
  days: number;
  approval: Approval;
  meetingTracks: readonly Track[];
}

function stepOf(data: AgreementData, ctx: TrackContext, input: StepInput): Step | null {
  const { meeting, approval } = input;
  const date = meeting.date as CalendarDate;
  const minutes = minutesOf(meeting);
  const name = meetingParam(data, meeting);
  const written: Step = {
    title: { id: 'obligation.minutes', params: { meeting: name } },
    deadline: addDays(date, input.days),
    done: false,
    event: null,
    planned: 0,
    next: null,
  };
  // As of a date, an approval dated after it has not happened yet.
  const approvedOn =
    minutes.approved && minutes.approved <= ctx.asOf ? (minutes.approved as CalendarDate) : null;
  if (!hasMinutes(minutes) && !approvedOn) return written;
  if (!approval) return { ...written, done: true };
  const approve = approvalStep(ctx, input, date);
  if (!approve) return approvedOn ? { ...written, done: true } : null;
  const step: Step = { ...approve, title: { id: 'obligation.minutes-approval', params: { meeting: name } } };
  if (!approvedOn) return step;
  const at = minutes.at ? (input.byId.get(minutes.at) ?? null) : null;
  return { ...step, done: true, planned: 0, event: { date: approvedOn, status: 'held', meeting: at } };
}

/** The approval's deadline; null when the body has no next meeting, held, planned or required. */
function approvalStep(ctx: TrackContext, input: StepInput, date: CalendarDate): Omit<Step, 'title'> | null {
  const { approval, meeting } = input;
  const base = { done: false, event: null, planned: 0, next: null };
  if (!approval) return null;
  if (approval.kind === 'days') return { ...base, deadline: addDays(date, approval.days) };
  // "godkjennes i neste møte": the body's next meeting that is not cancelled, held or planned.
  const next = input.meetings.find(
    (m) => m.body === meeting.body && m.status !== 'cancelled' && m.date > meeting.date,
  );
  if (next) {
    const nextDate = next.date as CalendarDate;
    const ahead = (next.status === 'planned' || nextDate > ctx.asOf) && nextDate >= ctx.asOf;
    return { ...base, deadline: nextDate, planned: ahead ? 1 : 0, next: ahead ? nextDate : null };
  }
  // No next meeting yet: the approval is due when the body's next meeting is (its open slot).
  const body = input.meetingTracks.find(
    (t) => t.subject.kind === 'meeting' && t.subject.body === meeting.body,
  );
  const slot = body?.occurrences.find((o) => o.event === null && o.deadline > meeting.date);
  return slot ? { ...base, deadline: slot.deadline } : null;
}

function track(data: AgreementData, meeting: Meeting, step: Step): Track {
  const subject: Subject = { kind: 'minutes', meeting: meeting.id };
  const occurrence: Occurrence = {
    slot: 'due',
    period: step.deadline,
    deadline: step.deadline,
    window: { from: meeting.date as CalendarDate, to: step.deadline },
    event: step.event,
    spread: [1, 0],
    holders: null,
  };
  const name =
    data.agreement.governance.bodies[meeting.body]?.name ??
    data.workingGroups.find((g) => g.id === meeting.body)?.name;
  return {
    subject,
    id: formatSubject(subject),
    kind: kindOf(subject),
    title: step.title,
    body: meeting.body,
    ...(name ? { name } : {}),
    cadence: null,
    occurrences: [occurrence],
    events: [],
    now: {
      occurrence,
      remaining: 1,
      planned: step.planned,
      done: step.done,
      unrecorded: null,
      missed: [],
      last: step.event?.date ?? null,
      next: step.next,
      holders: null,
    },
  };
}
