import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import { noticeDaysOf } from '../domain/notice.js';
import type { Track } from '../domain/occurrence.js';
import type { ObligationKind } from '../domain/subject.js';
import { occurrences } from '../domain/tracks.js';
import type { Message } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { type MeetingAt, meetingAt } from '../model/meeting-time.js';
import { namesOf } from '../names/names.js';
import { type CarriedForward, carryForward } from './follow-up.js';
import { proposeDate } from './propose.js';
import { type Skipped, type WorkingDays, workingDayFrom } from './working-days.js';

// SPEC section 9: every dated thing of a period, past and future, each with an identity that
// survives its whole life (docs/calendar.md). It is read from the one list of occurrences (SPEC
// section 16): the slots, their deadlines and their holders are the engine's; the plan adds what
// only a calendar needs: proposed dates on working days, notice days, deadlines moved off
// non-working days. Pure: the working days come in, the clock does not.

export type PlanKind = 'meeting' | 'proposed' | 'deadline' | 'notice';
export type PlanStatus =
  | 'held'
  | 'planned'
  | 'unrecorded'
  | 'cancelled'
  | 'proposed'
  | 'open'
  | 'done'
  | 'overdue';

export interface PlanEvent {
  /** agreement/subject/slot: the same from a deadline through a planned to a held meeting. */
  key: string;
  agreement: string;
  subject: string;
  kind: PlanKind;
  status: PlanStatus;
  /** The day in the calendar: a deadline on a non-working day moves to the last working day before it. */
  date: CalendarDate;
  /** The formal deadline, where there is one. */
  deadline: CalendarDate | null;
  title: Message;
  /** The body or working group whose meeting this is. */
  body: string | null;
  /** Rotating bodies: the host party (recorded, else due by the rotation). */
  host: string | null;
  /** The party the item names (host, responsible or owner): for --party. */
  party: string | null;
  /** What the subject is about: meeting, evaluation, report, measure, action, expiry. */
  about: ObligationKind;
  /** The meeting's id, for meetings and their notice days. */
  meeting: string | null;
  /** When a done deadline was met. */
  doneOn: CalendarDate | null;
  /** Days passed over to reach `date` (proposed dates and moved deadlines), and why. */
  skipped: Skipped[];
  /** Planned and proposed meetings: what they carry forward (SPEC section 10); null for the rest. */
  followUp: CarriedForward | null;
  /** Meetings with a time, place or online link (SPEC section 14); null for the rest. */
  at: MeetingAt | null;
}

export interface PlanInput {
  data: AgreementData;
  asOf: CalendarDate;
  from: CalendarDate;
  to: CalendarDate;
  days: WorkingDays;
  /** The agreement is active or expiring as of asOf: only then are open deadlines and proposals shown. */
  live: boolean;
  /** The agreement's occurrences as of asOf up to `to`, when the caller has them. */
  tracks?: readonly Track[];
}

const RANK: Record<PlanKind, number> = { deadline: 0, notice: 1, proposed: 2, meeting: 3 };

type Pushed = Omit<
  PlanEvent,
  'key' | 'agreement' | 'host' | 'party' | 'meeting' | 'doneOn' | 'skipped' | 'followUp' | 'at'
> & {
  at?: MeetingAt | null;
  slot: string;
  host?: string | null;
  party?: string | null;
  meeting?: string;
  doneOn?: CalendarDate | null;
  skipped?: Skipped[];
};

/** The events of one agreement in [from, to], by date. */
export function yearPlan(input: PlanInput): PlanEvent[] {
  const { data } = input;
  const id = data.agreement.id;
  const out: PlanEvent[] = [];
  const push = (e: Pushed) => {
    const host = e.host ?? null;
    out.push({
      key: `${id}/${e.subject}/${e.slot}`,
      agreement: id,
      subject: e.subject,
      kind: e.kind,
      status: e.status,
      date: e.date,
      deadline: e.deadline,
      title: e.title,
      body: e.body,
      host,
      party: e.party ?? host,
      about: e.about,
      meeting: e.meeting ?? null,
      doneOn: e.doneOn ?? null,
      skipped: e.skipped ?? [],
      followUp: null,
      at: e.at ?? null,
    });
  };
  const tracks = input.tracks ?? occurrences(data, input.asOf, input.to);
  for (const track of tracks) {
    if (track.kind === 'meeting') meetingEvents(input, track, push);
    else deadlineEvents(input, track, push);
  }
  carryForward(data, out, namesOf(data));
  return out
    .filter((e) => e.date >= input.from && e.date <= input.to)
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        RANK[a.kind] - RANK[b.kind] ||
        compareText(a.subject, b.subject) ||
        compareText(a.key, b.key),
    );
}

/** A deadline on a non-working day goes to the last working day before it. */
const deadlineDay = (days: WorkingDays, deadline: CalendarDate) => workingDayFrom(days, deadline, -1);

/** The meetings of a body (held, planned, cancelled), their notice days, and a proposal for every open slot. */
function meetingEvents(input: PlanInput, track: Track, push: (e: Pushed) => void): void {
  const { data, asOf, live, days } = input;
  const notice = noticeDaysOf(data, track.body);
  const earliest = addDays(asOf, notice);
  const subject = track.id;
  const body = track.body ?? null;
  const base = { subject, body, about: 'meeting' as const, title: track.title };
  // Meetings and the proposals made so far: where the body meets in a period.
  const dated = track.events.filter((e) => e.event.status !== 'cancelled').map((e) => e.event.date);
  for (const o of track.occurrences) {
    if (o.event || !live) continue;
    if (o.deadline < asOf) {
      // A period that passed without its meeting: the deadline stays in the plan, missed. One
      // before the plan's first day is left out here (its day, on or before the deadline, would
      // be dropped at the end), so that years of history cost no working-day lookups.
      if (o.deadline < input.from) continue;
      push({
        ...base,
        slot: o.slot,
        kind: 'deadline',
        status: 'overdue',
        ...deadlineDay(days, o.deadline),
        deadline: o.deadline,
      });
      continue;
    }
    const rolling = track.cadence?.kind === 'rolling';
    // A rolling slot opens the day after the event before it.
    const from = rolling && o.window.from > earliest ? addDays(o.window.from, 1) : o.window.from;
    const lower = from > earliest ? from : earliest;
    // No room left for a meeting with notice before the deadline: the first day there is (the
    // text says it is late), or the deadline itself where that day lies after the plan's end.
    const proposed =
      lower > o.deadline
        ? workingDayFrom(days, lower)
        : proposeDate(days, track.cadence, o, [lower, o.deadline], dated);
    if (proposed.date > input.to && o.deadline <= input.to) {
      const day = deadlineDay(days, o.deadline);
      const host = o.holders?.host ?? null;
      push({ ...base, slot: o.slot, kind: 'deadline', status: 'open', ...day, deadline: o.deadline, host });
      continue;
    }
    dated.push(proposed.date);
    dated.sort();
    push({
      ...base,
      slot: o.slot,
      kind: 'proposed',
      status: 'proposed',
      ...proposed,
      deadline: o.deadline,
      host: o.holders?.host ?? null,
    });
  }
  for (const { event, occurrence, holders } of track.events) {
    const m = event.meeting!;
    const host = holders?.host ?? m.host ?? null;
    const date = event.date;
    const title: Message = m.title ? { id: 'agenda.text', params: { text: m.title } } : track.title;
    // A cancelled meeting, or one of a body without a cadence, is known by its id.
    const slot = occurrence?.slot ?? m.id;
    push({
      ...base,
      title,
      slot,
      kind: 'meeting',
      // SPEC section 14: a planned meeting whose date has passed is `unrecorded` here as in status.
      status: event.status === 'stale' ? 'unrecorded' : m.status,
      date,
      deadline: occurrence?.deadline ?? null,
      host,
      meeting: m.id,
      at: meetingAt(m),
    });
    // The notice day lies on or before the meeting: none before the plan's first day is shown.
    if (date < input.from) continue;
    push({
      ...base,
      slot: `notice:${m.id}`,
      kind: 'notice',
      status: m.status === 'held' ? 'done' : m.status === 'cancelled' ? 'cancelled' : 'open',
      ...workingDayFrom(days, addDays(date, -notice), -1),
      deadline: date,
      // Named as status names the meeting ("Mellomledernivå, møtet 10.02.2027"): the names of bodies
      // are levels, committees and groups, and no one preposition fits them all.
      title: {
        id: data.workingGroups.some((g) => g.id === track.body) ? 'calendar.notice-group' : 'calendar.notice',
        params: { body: track.name ?? subject, date: { date } },
      },
      host,
      meeting: m.id,
    });
  }
}

/** Every slot of a recurring deadline (met, missed, open) and a one-off's due date. */
function deadlineEvents(input: PlanInput, track: Track, push: (e: Pushed) => void): void {
  const { data, asOf, live, days } = input;
  const party = partyOf(data, track.named);
  for (const o of track.occurrences) {
    const done = track.cadence ? o.event !== null : Boolean(track.now?.done);
    if (!done && !live) continue;
    // Its day lies on or before the deadline: none before the plan's first day is shown.
    if (o.deadline < input.from) continue;
    push({
      subject: track.id,
      slot: o.slot,
      kind: 'deadline',
      status: done ? 'done' : o.deadline < asOf ? 'overdue' : plannedNow(track, o) ? 'planned' : 'open',
      ...deadlineDay(days, o.deadline),
      deadline: o.deadline,
      title: track.title,
      body: null,
      about: track.kind,
      party,
      doneOn: done ? (o.event?.date ?? null) : null,
    });
  }
}

/**
 * Whether a planned meeting will meet this deadline as status sees it (a duty at a body, minutes
 * approved at the next meeting: SPEC section 13): its state is then `planned` in both views.
 */
function plannedNow(track: Track, o: Track['occurrences'][number]): boolean {
  return track.now !== null && track.now.occurrence.slot === o.slot && track.now.planned > 0;
}

/** A party id as it is, or the party of a person. */
function partyOf(data: AgreementData, id: string | null | undefined): string | null {
  if (!id) return null;
  if (data.agreement.parties.some((p) => p.id === id)) return id;
  return data.people?.people.find((p) => p.id === id)?.party ?? null;
}
