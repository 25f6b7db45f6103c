import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import { formatSubject } from '../domain/subject.js';
import type { Message, Param } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import type { Names } from '../names/names.js';

// SPEC section 10: "Draft agendas carry forward: the open actions of the body's earlier meetings
// and the approval of the previous meeting's minutes." One computation for remind's draft agenda
// and for every planned or proposed meeting of the year plan. Pure: the day comes in.

/** An action of one of the body's held meetings, carried to a later meeting. */
export interface CarriedAction {
  /** The held meeting that gave it. */
  meeting: string;
  /** That meeting's date. */
  date: CalendarDate;
  id: string;
  text: string;
  /** A person or a party; null: the secretariat follows it up (clause 4). */
  owner: string | null;
  due: CalendarDate | null;
}

/** The meeting whose minutes the next one approves. */
export interface PreviousMeeting {
  /** Null for a proposed date, which no meeting holds yet. */
  meeting: string | null;
  date: CalendarDate;
  status: 'held' | 'planned' | 'proposed';
}

/** What a meeting carries forward, as data (JSON) and as agenda items (every other format). */
export interface CarriedForward {
  minutes: PreviousMeeting | null;
  actions: CarriedAction[];
  /** "Godkjenning av referat …" first, then one item per action, in the order of `actions`. */
  items: Message[];
}

/** Whether an action (by its subject, `action:<meeting>/<id>`, and its done date) is still open. */
export type IsOpen = (subject: string, done: string | null | undefined) => boolean;

const byDate = (a: Meeting, b: Meeting) => compareText(a.date, b.date) || compareText(a.id, b.id);

/** The body's held meetings before `by`, oldest first. */
export function heldBefore(data: AgreementData, bodyId: string, by: CalendarDate): Meeting[] {
  return allMeetings(data)
    .map((m) => m.meeting)
    .filter((m) => m.body === bodyId && m.status === 'held' && m.date < by)
    .sort(byDate);
}

/** The actions of the body's held meetings before `by` that are open, oldest meeting first. */
export function carriedActions(
  data: AgreementData,
  bodyId: string,
  by: CalendarDate,
  isOpen: IsOpen,
): CarriedAction[] {
  return heldBefore(data, bodyId, by).flatMap((meeting) =>
    (meeting.actions ?? [])
      .filter((a) => isOpen(formatSubject({ kind: 'action', meeting: meeting.id, action: a.id }), a.done))
      .map((a) => ({
        meeting: meeting.id,
        date: meeting.date as CalendarDate,
        id: a.id,
        text: a.text,
        owner: a.owner ?? null,
        due: (a.due ?? null) as CalendarDate | null,
      })),
  );
}

/** Open at a meeting on `by`: not done before that day; one done on the day is still reported there. */
export const openOn =
  (by: CalendarDate): IsOpen =>
  (_subject, done) =>
    !done || done >= by;

/** The agenda items: the approval of the previous minutes, then each action with owner and due date. */
export function followUpItems(
  minutes: PreviousMeeting | null,
  actions: readonly CarriedAction[],
  names: Names,
): Message[] {
  const out: Message[] = minutes
    ? [{ id: 'agenda.approve-minutes', params: { date: { date: minutes.date } } }]
    : [];
  for (const a of actions) {
    const owner: Param = a.owner ? names.who(a.owner) : { ref: 'responsible.secretariat' };
    const params = { action: a.text, date: { date: a.date }, owner };
    out.push(
      a.due
        ? { id: 'agenda.open-action', params: { ...params, due: { date: a.due } } }
        : { id: 'agenda.open-action-no-due', params },
    );
  }
  return out;
}

/** The fields of a year-plan event that carrying forward reads and sets. */
interface PlanMeeting {
  kind: string;
  status: string;
  body: string | null;
  date: CalendarDate;
  meeting: string | null;
  followUp: CarriedForward | null;
}

const isAhead = (e: PlanMeeting) => e.kind === 'proposed' || (e.kind === 'meeting' && e.status === 'planned');

/**
 * Gives each planned or proposed meeting of the plan what it carries forward as of its own date:
 * the open actions of the body's held meetings before it (an action done before that day is not
 * carried), and the approval of the minutes of the body's meeting before it, held, or planned or
 * proposed in the plan (the June meeting approves the minutes of the March one, though March is
 * still ahead).
 */
export function carryForward(data: AgreementData, events: readonly PlanMeeting[], names: Names): void {
  const ahead = events.filter(isAhead);
  for (const e of ahead) {
    if (e.body === null) continue;
    const body = e.body;
    const held = heldBefore(data, body, e.date).at(-1);
    let minutes: PreviousMeeting | null = held
      ? { meeting: held.id, date: held.date as CalendarDate, status: 'held' }
      : null;
    for (const other of ahead)
      if (other.body === body && other.date < e.date && (minutes === null || other.date > minutes.date))
        minutes = {
          meeting: other.meeting,
          date: other.date,
          status: other.kind === 'proposed' ? 'proposed' : 'planned',
        };
    const actions = carriedActions(data, body, e.date, openOn(e.date));
    e.followUp = { minutes, actions, items: followUpItems(minutes, actions, names) };
  }
}
