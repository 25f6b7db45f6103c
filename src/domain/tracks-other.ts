import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import { type Cadence, parseCadence } from '../model/cadence.js';
import type { Message, Param } from '../model/finding.js';
import { type ActionPlan, type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import type { Track, TrackEvent } from './occurrence.js';
import { slots } from './slots.js';
import { formatSubject, kindOf, type Subject } from './subject.js';
import type { TrackContext } from './tracks.js';

// The recurring deadlines that are not meetings (evaluations, working-group reports), and every
// one-off (measures, actions, expiries, terms): the rest of section 4's table.

export function recurringTrack(
  ctx: TrackContext,
  spec: {
    subject: Subject;
    title: Message;
    cadence: Cadence | string | null | undefined;
    start: CalendarDate;
    dates: readonly string[];
    named?: string;
    /** Events beside the dates (a duty's planned meeting), by date. */
    planned?: readonly TrackEvent[];
  },
): Track | null {
  const cadence = typeof spec.cadence === 'string' ? parseCadence(spec.cadence) : (spec.cadence ?? null);
  if (!cadence) return null;
  // As of a date, only what happened by then counts: the same data answers for any as-of.
  const held: TrackEvent[] = spec.dates
    .filter((d) => d <= ctx.asOf)
    .map((date) => ({ date: date as CalendarDate, status: 'held', meeting: null }));
  const events = [...held, ...(spec.planned ?? [])].sort((a, b) => compareText(a.date, b.date));
  const made = slots({
    cadence,
    start: spec.start,
    events,
    asOf: ctx.asOf,
    until: ctx.until,
    first: ctx.firstDay,
    last: ctx.lastDay,
    tracked: ctx.trackedFrom,
  });
  return {
    subject: spec.subject,
    id: formatSubject(spec.subject),
    kind: kindOf(spec.subject),
    title: spec.title,
    ...(spec.named ? { named: spec.named } : {}),
    cadence,
    occurrences: made.occurrences,
    events: [],
    now: made.now,
  };
}

export function evaluationTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const { agreement } = data;
  const evaluation = agreement.governance.evaluation;
  const out: Array<Track | null> = [
    recurringTrack(ctx, {
      subject: { kind: 'evaluation-agreement' },
      title: { id: 'obligation.evaluation-agreement' },
      cadence: evaluation?.agreement,
      start: ctx.firstDay,
      dates: data.evaluations.map((e) => e.date),
    }),
  ];
  for (const { value: plan } of data.actionPlans) {
    const adopted = plan.adopted?.date;
    const life = planLife(plan, ctx.asOf);
    if (life === 'draft' || (life === 'retired' && !plan.retired) || !adopted || adopted > ctx.asOf) continue;
    // A retired plan keeps the slots that fell due while it applied, and requires nothing from its
    // retirement on: no slot falls due on or after that day (SPEC section 14).
    const ended = life === 'retired' ? (plan.retired?.date as CalendarDate) : null;
    const last = ended ? earlier(ctx.lastDay, addDays(ended, -1)) : ctx.lastDay;
    const track = recurringTrack(
      { ...ctx, lastDay: last },
      {
        subject: { kind: 'evaluation-plan', plan: plan.id },
        title: { id: 'obligation.evaluation-plan', params: { plan: plan.title } },
        cadence: evaluation?.actionPlans,
        start: adopted as CalendarDate,
        dates: (plan.evaluations ?? []).map((e) => e.date),
      },
    );
    out.push(track && ended ? { ...track, now: null, ended } : track);
  }
  return out.filter((t): t is Track => t !== null);
}

/**
 * A plan as of a date: a plan retired after as-of (`retired.date`) was still adopted then, as a
 * notice dated after as-of is not given yet. A plan written `retired` without a date is retired.
 */
export function planLife(plan: ActionPlan, asOf: CalendarDate): 'draft' | 'adopted' | 'retired' {
  if (plan.status !== 'retired') return plan.status;
  return plan.retired && plan.retired.date > asOf ? 'adopted' : 'retired';
}

const earlier = (a: CalendarDate | null, b: CalendarDate): CalendarDate => (a !== null && a < b ? a : b);

export function reportTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const fallback = data.agreement.governance.workingGroups?.reporting;
  return data.workingGroups
    .filter((g) => !g.established || g.established.date <= ctx.asOf)
    .map((g) =>
      recurringTrack(ctx, {
        subject: { kind: 'report', group: g.id },
        title: { id: 'obligation.report', params: { group: g.name } },
        cadence: g.reporting !== undefined ? g.reporting : fallback,
        start: (g.established?.date ?? ctx.firstDay) as CalendarDate,
        dates: (g.reports ?? []).map((r) => r.date),
        named: g.leader,
      }),
    )
    .filter((t): t is Track => t !== null);
}

export function oneOff(
  ctx: TrackContext,
  subject: Subject,
  title: Message,
  deadline: CalendarDate,
  done: string | null | undefined,
  named?: string | null,
): Track {
  // A done date after as-of is not done yet, as of that date.
  const isDone = Boolean(done && done <= ctx.asOf);
  const occurrence = {
    slot: 'due',
    period: deadline,
    deadline,
    window: { from: deadline, to: deadline },
    event: isDone ? { date: done as CalendarDate, status: 'held' as const, meeting: null } : null,
    spread: [1, 0] as [number, number],
    holders: null,
  };
  return {
    subject,
    id: formatSubject(subject),
    kind: kindOf(subject),
    title,
    ...(named ? { named } : {}),
    cadence: null,
    occurrences: [occurrence],
    events: [],
    now: {
      occurrence,
      remaining: 1,
      planned: 0,
      done: isDone,
      unrecorded: null,
      missed: [],
      last: isDone ? (done as CalendarDate) : null,
      next: null,
      holders: null,
    },
  };
}

/**
 * Measures of adopted plans: a draft plan's measures are proposals, not yet obligations. A retired
 * plan's measures done by as-of stay done; the open ones stop being obligations on the day it
 * retired (SPEC section 14): a track without occurrences, `ended` that day, due date or not, so
 * that the report can say they were not carried out.
 */
export function measureTracks(data: AgreementData, ctx: TrackContext): Track[] {
  return data.actionPlans.flatMap(({ value: plan }) => {
    const life = planLife(plan, ctx.asOf);
    if (life === 'draft' || (plan.adopted && plan.adopted.date > ctx.asOf)) return [];
    const ended = life === 'retired' ? ((plan.retired?.date ?? null) as CalendarDate | null) : null;
    if (life === 'retired' && !ended) return [];
    return (plan.measures ?? []).flatMap((m): Track[] => {
      const subject: Subject = { kind: 'measure', plan: plan.id, measure: m.id };
      const title: Message = { id: 'obligation.measure', params: { measure: m.title, plan: plan.title } };
      const done = Boolean(m.done && m.done <= ctx.asOf);
      if (ended && !done) {
        const track: Track = {
          subject,
          id: formatSubject(subject),
          kind: kindOf(subject),
          title,
          ...(m.responsible ? { named: m.responsible } : {}),
          cadence: null,
          occurrences: [],
          events: [],
          now: null,
          ended,
        };
        return [track];
      }
      return m.due ? [oneOff(ctx, subject, title, m.due as CalendarDate, m.done, m.responsible)] : [];
    });
  });
}

/**
 * How a text names a meeting: `start` when the name begins a sentence (a finding's "…: står
 * fortsatt som planlagt"), `byDate` to name it by body and date even when it has a title (a text
 * about its date or its body).
 */
export interface MeetingNaming {
  start?: boolean;
  byDate?: boolean;
}

/**
 * A body or working group as a sentence names it: a body by its name, a working group with the
 * word ("arbeidsgruppen Ungdom i opplæring", "Arbeidsgruppen …" at the start of a sentence).
 */
export function bodyParam(data: AgreementData, id: string, start = false): Param {
  const body = data.agreement.governance.bodies[id]?.name;
  if (body !== undefined) return body;
  const group = data.workingGroups.find((g) => g.id === id)?.name;
  if (group === undefined) return id;
  return { message: { id: start ? 'body.group-start' : 'body.group', params: { group } } };
}

/** A meeting as people name it: its title, else its body and date (a working group with the word). */
export function meetingParam(data: AgreementData, meeting: Meeting, how: MeetingNaming = {}): Param {
  if (meeting.title && !how.byDate) return meeting.title;
  const date = { date: meeting.date };
  const body = data.agreement.governance.bodies[meeting.body]?.name;
  const group = body === undefined ? data.workingGroups.find((g) => g.id === meeting.body)?.name : undefined;
  if (group !== undefined)
    return {
      message: { id: how.start ? 'meeting.group-date-start' : 'meeting.group-date', params: { group, date } },
    };
  return { message: { id: 'meeting.body-date', params: { body: body ?? meeting.body, date } } };
}

/** Actions decided at held meetings, by as-of. */
export function actionTracks(data: AgreementData, ctx: TrackContext): Track[] {
  return allMeetings(data)
    .filter(({ meeting }) => meeting.status === 'held' && meeting.date <= ctx.asOf)
    .flatMap(({ meeting }) =>
      (meeting.actions ?? []).flatMap((a) =>
        a.due
          ? [
              oneOff(
                ctx,
                { kind: 'action', meeting: meeting.id, action: a.id },
                { id: 'obligation.action', params: { action: a.text, meeting: meetingParam(data, meeting) } },
                a.due as CalendarDate,
                a.done,
                a.owner,
              ),
            ]
          : [],
      ),
    );
}

// validity.until and validUntil are the first day that no longer applies; the deadline is the day before.
export function expiryTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const out = data.subAgreements.flatMap((s) =>
    s.validUntil
      ? [
          oneOff(
            ctx,
            { kind: 'sub-agreement', subAgreement: s.id },
            { id: 'obligation.sub-agreement', params: { title: s.title } },
            addDays(s.validUntil as CalendarDate, -1),
            null,
          ),
        ]
      : [],
  );
  if (ctx.lastDay)
    out.push(oneOff(ctx, { kind: 'agreement' }, { id: 'obligation.agreement' }, ctx.lastDay, null));
  return out;
}

/**
 * SPEC section 12: a person appointed for a term ("valgt for fire år") is to be reappointed or
 * replaced by its last day, `term.until`, which is the deadline (unlike validity.until, the first
 * day that no longer applies). Never done: a new term is recorded by changing `until`.
 */
export function termTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const parties = new Map(data.agreement.parties.map((p) => [p.id, p.name]));
  return (data.people?.people ?? []).flatMap((p) =>
    p.term?.until
      ? [
          oneOff(
            ctx,
            { kind: 'term', person: p.id },
            {
              id: 'obligation.term',
              params: { person: p.name ?? p.role, party: parties.get(p.party) ?? p.party },
            },
            p.term.until as CalendarDate,
            null,
          ),
        ]
      : [],
  );
}
