import { compareText } from '../compare.js';
import { addDays, type CalendarDate, daysBetween } from '../dates.js';
import { hostDueOn, isRotating } from '../engine/host-rotation.js';
import type { ObligationKind } from '../engine/obligation.js';
import {
  actionObligations,
  expiryObligations,
  measureObligations,
  termObligations,
} from '../engine/obligations-one-off.js';
import { periodOf } from '../engine/periods.js';
import { addInterval } from '../engine/recurring.js';
import { DEFAULT_NOTICE_DAYS, DEFAULT_REMIND_DAYS } from '../engine/status.js';
import { type Cadence, parseCadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { type CarriedForward, carryForward } from './follow-up.js';
import { type Skipped, type WorkingDays, workingDayFrom } from './working-days.js';

// SPEC section 9: every dated thing of a period, past and future, each with an identity that
// survives its whole life (docs/calendar.md). Pure: the working days come in, the clock does not.

export type PlanKind = 'meeting' | 'proposed' | 'deadline' | 'notice';
export type PlanStatus = 'held' | 'planned' | 'cancelled' | 'proposed' | 'open' | 'done' | 'overdue';

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
}

export interface PlanInput {
  data: AgreementData;
  asOf: CalendarDate;
  from: CalendarDate;
  to: CalendarDate;
  days: WorkingDays;
  /** The agreement is active or expiring as of asOf: only then are open deadlines and proposals shown. */
  live: boolean;
}

const RANK: Record<PlanKind, number> = { deadline: 0, notice: 1, proposed: 2, meeting: 3 };

/** The events of one agreement in [from, to], by date. */
export function yearPlan(input: PlanInput): PlanEvent[] {
  const out: PlanEvent[] = [];
  const plan = new Planner(input, out);
  plan.meetings();
  plan.recurringDeadlines();
  plan.oneOffs();
  carryForward(input.data, out, namesOf(input.data));
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

interface Slot {
  /** The slot's label: a period label (2027-T2, with #2 for a second meeting), or #n for a rolling cadence. */
  label: string;
  deadline: CalendarDate;
  /** The event that fills it, if any. */
  date: CalendarDate | null;
  /** Where a proposal may go: [earliest, latest]. */
  window: [CalendarDate, CalendarDate];
  /** How many open slots share the window, and which of them this is (0-based): to spread them. */
  spread: [number, number];
}

class Planner {
  private readonly id: string;
  private readonly notice: number;
  private readonly earliest: CalendarDate;
  private readonly until: CalendarDate | null;
  private readonly meetingList: Meeting[];

  constructor(
    private readonly input: PlanInput,
    private readonly out: PlanEvent[],
  ) {
    const g = input.data.agreement.governance;
    this.id = input.data.agreement.id;
    this.notice = g.noticeDays ?? DEFAULT_NOTICE_DAYS;
    this.earliest = addDays(input.asOf, this.notice);
    const until = input.data.agreement.validity.until;
    this.until = until ? addDays(until as CalendarDate, -1) : null;
    this.meetingList = allMeetings(input.data).map((m) => m.meeting);
  }

  private key(subject: string, label: string): string {
    return `${this.id}/${subject}/${label}`;
  }

  /** A deadline on a non-working day goes to the last working day before it. */
  private deadlineDay(deadline: CalendarDate): { date: CalendarDate; skipped: Skipped[] } {
    return workingDayFrom(this.input.days, deadline, -1);
  }

  /**
   * The slots of a cadence that touch [from, to]: filled by the events in `dates` (held and planned,
   * sorted), open after them. Rolling cadences number their slots from the start of the clock.
   */
  private slots(cadence: Cadence, start: CalendarDate, dates: readonly CalendarDate[]): Slot[] {
    const { from, to } = this.input;
    const out: Slot[] = [];
    if (cadence.kind === 'rolling') {
      const chain = dates.filter((d) => d >= start);
      let previous = start;
      chain.forEach((date, i) => {
        const deadline = addInterval(previous, cadence.unit, cadence.n);
        out.push({ label: `#${i + 1}`, deadline, date, window: [previous, deadline], spread: [1, 0] });
        previous = date;
      });
      // Open slots, each assumed met on its own deadline (or proposed date) to place the next.
      for (let n = chain.length + 1; n < chain.length + 400; n++) {
        const deadline = addInterval(previous, cadence.unit, cadence.n);
        const lower = previous > this.earliest ? addDays(previous, 1) : this.earliest;
        out.push({ label: `#${n}`, deadline, date: null, window: [lower, deadline], spread: [1, 0] });
        if (deadline > to || (this.until && deadline > this.until)) break;
        previous = deadline;
      }
      return out;
    }
    let period = periodOf(cadence.unit, start > from ? start : from);
    for (let i = 0; i < 400 && period.start <= to; i++) {
      const inPeriod = dates.filter((d) => d >= period.start && d <= period.end);
      const wanted = Math.max(cadence.count, inPeriod.length);
      const open = wanted - inPeriod.length;
      const lower = period.start > this.earliest ? period.start : this.earliest;
      for (let k = 1; k <= wanted; k++) {
        const date = inPeriod[k - 1] ?? null;
        out.push({
          label: k === 1 ? period.label : `${period.label}#${k}`,
          deadline: period.end,
          date,
          window: [lower, period.end],
          spread: [open, k - 1 - inPeriod.length],
        });
      }
      period = periodOf(cadence.unit, addDays(period.end, 1));
    }
    return out;
  }

  private withinValidity(deadline: CalendarDate): boolean {
    const from = this.input.data.agreement.validity.from as CalendarDate;
    return deadline >= from && (this.until === null || deadline <= this.until);
  }

  /**
   * A proposed date for an open slot: spread over its window, on a working day. A single meeting
   * of a period goes where the body met in the period before (a top meeting held in December is
   * proposed for December), when that is still ahead.
   */
  private propose(slot: Slot, anchor?: CalendarDate | null): { date: CalendarDate; skipped: Skipped[] } {
    const [lower, upper] = slot.window;
    const days = this.input.days;
    if (lower > upper) return workingDayFrom(days, lower);
    const [count, index] = slot.spread;
    if (anchor && count === 1 && anchor >= lower && anchor <= upper) {
      const found = workingDayFrom(days, anchor);
      if (found.date <= upper) return found;
    }
    const span = daysBetween(lower, upper);
    // The middle of the index-th of `count` equal parts; a rolling slot, late in its window.
    const offset =
      count <= 1 && slot.label.startsWith('#')
        ? span - Math.min(7, span)
        : Math.floor((span * (2 * index + 1)) / (2 * Math.max(count, 1)));
    const ideal = addDays(lower, offset);
    const forward = workingDayFrom(days, ideal);
    if (forward.date <= upper) return forward;
    const back = workingDayFrom(days, ideal, -1);
    return back.date >= lower ? back : forward;
  }

  /** The date of the last meeting in the period before the slot's, moved one period on. */
  private anchor(cadence: Cadence, chain: readonly CalendarDate[], slot: Slot): CalendarDate | null {
    if (cadence.kind !== 'period') return null;
    const start = periodOf(cadence.unit, slot.deadline).start;
    const before = periodOf(cadence.unit, addDays(start, -1));
    const last = chain.filter((d) => d >= before.start && d <= before.end).at(-1);
    return last ? addDays(start, daysBetween(before.start, last)) : null;
  }

  meetings(): void {
    const { data, asOf, live } = this.input;
    const { agreement } = data;
    const subjects: Array<{
      body: string;
      name: string;
      cadence: string | null | undefined;
      start: CalendarDate;
    }> = [
      ...Object.entries(agreement.governance.bodies).map(([body, b]) => ({
        body,
        name: b.name,
        cadence: b.meets,
        start: agreement.validity.from as CalendarDate,
      })),
      ...data.workingGroups.map((g) => ({
        body: g.id,
        name: g.name,
        cadence: g.meets,
        start: (g.established?.date ?? agreement.validity.from) as CalendarDate,
      })),
    ];
    for (const { body, name, cadence: text, start } of subjects) {
      const subject = `meeting:${body}`;
      const mine = this.meetingList
        .filter((m) => m.body === body)
        .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
      const slotOf = new Map<string, Slot>();
      const cadence = text ? parseCadence(text) : null;
      const chain = mine.filter((m) => m.status !== 'cancelled');
      if (cadence) {
        const slots = this.slots(
          cadence,
          start,
          chain.map((m) => m.date as CalendarDate),
        );
        // Meetings and the proposals made so far: where the body meets in a period.
        const dated = chain.map((m) => m.date as CalendarDate);
        for (const slot of slots) {
          if (slot.date) {
            const meeting = chain.find((m) => m.date === slot.date && !slotOf.has(m.id));
            if (meeting) slotOf.set(meeting.id, slot);
            continue;
          }
          if (!live || !this.withinValidity(slot.deadline)) continue;
          const title: Message = { id: 'obligation.meeting', params: { body: name } };
          if (slot.deadline < asOf) {
            // A period that passed without its meeting: the deadline stays in the plan, missed.
            const day = this.deadlineDay(slot.deadline);
            this.push({
              subject,
              label: slot.label,
              kind: 'deadline',
              status: 'overdue',
              ...day,
              deadline: slot.deadline,
              title,
              body,
              about: 'meeting',
            });
            continue;
          }
          const proposed = this.propose(slot, this.anchor(cadence, dated, slot));
          dated.push(proposed.date);
          dated.sort();
          const host = isRotating(agreement, body)
            ? hostDueOn(agreement, this.meetingList, body, proposed.date)
            : null;
          this.push({
            subject,
            label: slot.label,
            kind: 'proposed',
            status: 'proposed',
            ...proposed,
            deadline: slot.deadline,
            title,
            body,
            host,
            about: 'meeting',
          });
        }
      }
      for (const m of mine) {
        const slot = slotOf.get(m.id);
        const host =
          m.host ??
          (isRotating(agreement, body) ? hostDueOn(agreement, this.meetingList, body, m.date) : null);
        const title: Message = m.title
          ? { id: 'agenda.text', params: { text: m.title } }
          : { id: 'obligation.meeting', params: { body: name } };
        const date = m.date as CalendarDate;
        this.push({
          subject,
          // A cancelled meeting, or one of a body without a cadence, is known by its id.
          label: slot?.label ?? m.id,
          kind: 'meeting',
          status: m.status,
          date,
          deadline: slot?.deadline ?? null,
          title,
          body,
          host,
          about: 'meeting',
          meeting: m.id,
        });
        const notice = workingDayFrom(this.input.days, addDays(date, -this.notice), -1);
        this.push({
          subject,
          label: `notice:${m.id}`,
          kind: 'notice',
          status: m.status === 'held' ? 'done' : m.status === 'cancelled' ? 'cancelled' : 'open',
          ...notice,
          deadline: date,
          title: { id: 'calendar.notice', params: { body: name, date: { date } } },
          body,
          host,
          about: 'meeting',
          meeting: m.id,
        });
      }
    }
  }

  recurringDeadlines(): void {
    const { data, asOf, live } = this.input;
    const { agreement } = data;
    const evaluation = agreement.governance.evaluation;
    const fallback = agreement.governance.workingGroups?.reporting;
    const specs: Array<{
      subject: string;
      about: ObligationKind;
      title: Message;
      cadence: string | null | undefined;
      start: CalendarDate;
      dates: readonly string[];
      party?: string | null;
    }> = [
      {
        subject: 'evaluation:agreement',
        about: 'evaluation',
        title: { id: 'obligation.evaluation-agreement' },
        cadence: evaluation?.agreement,
        start: agreement.validity.from as CalendarDate,
        dates: data.evaluations.map((e) => e.date),
      },
      ...data.actionPlans
        .map((p) => p.value)
        .filter((plan) => plan.status === 'adopted' && plan.adopted?.date)
        .map((plan) => ({
          subject: `evaluation:plan:${plan.id}`,
          about: 'evaluation' as const,
          title: { id: 'obligation.evaluation-plan', params: { plan: plan.title } },
          cadence: evaluation?.actionPlans,
          start: plan.adopted!.date as CalendarDate,
          dates: (plan.evaluations ?? []).map((e) => e.date),
        })),
      ...data.workingGroups.map((g) => ({
        subject: `report:working-group:${g.id}`,
        about: 'report' as const,
        title: { id: 'obligation.report', params: { group: g.name } },
        cadence: g.reporting !== undefined ? g.reporting : fallback,
        start: (g.established?.date ?? agreement.validity.from) as CalendarDate,
        dates: (g.reports ?? []).map((r) => r.date),
        party: this.partyOf(g.leader),
      })),
    ];
    for (const spec of specs) {
      const cadence = spec.cadence ? parseCadence(spec.cadence) : null;
      if (!cadence) continue;
      // As of a date, only what happened by then counts.
      const dates = spec.dates.filter((d) => d <= asOf).sort() as CalendarDate[];
      for (const slot of this.slots(cadence, spec.start, dates)) {
        if (!slot.date && (!live || !this.withinValidity(slot.deadline))) continue;
        this.push({
          subject: spec.subject,
          label: slot.label,
          kind: 'deadline',
          status: slot.date ? 'done' : slot.deadline < asOf ? 'overdue' : 'open',
          ...this.deadlineDay(slot.deadline),
          deadline: slot.deadline,
          title: spec.title,
          body: null,
          about: spec.about,
          party: spec.party ?? null,
          doneOn: slot.date,
        });
      }
    }
  }

  oneOffs(): void {
    const { data, asOf, live } = this.input;
    const ctx = { asOf, remindDaysBefore: data.agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS };
    for (const o of [
      ...measureObligations(data, ctx),
      ...actionObligations(data, ctx),
      ...expiryObligations(data, ctx),
      ...termObligations(data, ctx),
    ]) {
      if (o.state !== 'done' && !live) continue;
      this.push({
        subject: o.subject,
        label: 'due',
        kind: 'deadline',
        status: o.state === 'done' ? 'done' : o.state === 'overdue' ? 'overdue' : 'open',
        ...this.deadlineDay(o.deadline),
        deadline: o.deadline,
        title: o.title,
        body: null,
        about: o.kind,
        party: this.partyOf(o.named),
        doneOn: o.state === 'done' ? o.last : null,
      });
    }
  }

  /** A party id as it is, or the party of a person. */
  private partyOf(id: string | null | undefined): string | null {
    if (!id) return null;
    if (this.input.data.agreement.parties.some((p) => p.id === id)) return id;
    return this.input.data.people?.people.find((p) => p.id === id)?.party ?? null;
  }

  private push(e: {
    subject: string;
    label: string;
    kind: PlanKind;
    status: PlanStatus;
    date: CalendarDate;
    skipped?: Skipped[];
    deadline: CalendarDate | null;
    title: Message;
    body: string | null;
    host?: string | null;
    party?: string | null;
    about: ObligationKind;
    meeting?: string;
    doneOn?: CalendarDate | null;
  }): void {
    const host = e.host ?? null;
    this.out.push({
      key: this.key(e.subject, e.label),
      agreement: this.id,
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
    });
  }
}
