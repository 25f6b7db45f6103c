import { addDays, type CalendarDate } from '../dates.js';
import type { Message, Param } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import type { EngineContext, Obligation, ObligationKind } from './obligation.js';
import { daysLeft, obligationState } from './state.js';

function oneOff(
  ctx: EngineContext,
  subject: string,
  kind: ObligationKind,
  title: Message,
  deadline: CalendarDate,
  done: string | null | undefined,
  named?: string | null,
): Obligation {
  // A done date after as-of is not done yet, as of that date.
  const isDone = Boolean(done && done <= ctx.asOf);
  return {
    subject,
    kind,
    title,
    state: obligationState({
      asOf: ctx.asOf,
      deadline,
      done: isDone,
      plannedInWindow: 0,
      needed: 1,
      remindDaysBefore: ctx.remindDaysBefore,
    }),
    deadline,
    daysLeft: daysLeft(ctx.asOf, deadline),
    last: isDone ? (done as CalendarDate) : null,
    planned: null,
    missed: [],
    period: deadline,
    ...(named ? { named } : {}),
  };
}

/** Measures of adopted plans: a draft plan's measures are proposals, not yet obligations. */
export function measureObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  return data.actionPlans
    .filter(({ value: p }) => p.status === 'adopted' && (!p.adopted || p.adopted.date <= ctx.asOf))
    .flatMap(({ value: plan }) =>
      (plan.measures ?? []).flatMap((m) =>
        m.due
          ? [
              oneOff(
                ctx,
                `measure:${plan.id}/${m.id}`,
                'measure',
                { id: 'obligation.measure', params: { measure: m.title, plan: plan.title } },
                m.due as CalendarDate,
                m.done,
                m.responsible,
              ),
            ]
          : [],
      ),
    );
}

/** A meeting as people name it: its title, else its body and date. */
function meetingParam(data: AgreementData, meeting: Meeting): Param {
  if (meeting.title) return meeting.title;
  const body =
    data.agreement.governance.bodies[meeting.body]?.name ??
    data.workingGroups.find((g) => g.id === meeting.body)?.name ??
    meeting.body;
  return { message: { id: 'meeting.body-date', params: { body, date: { date: meeting.date } } } };
}

/** Actions decided at held meetings, by as-of. */
export function actionObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  return allMeetings(data)
    .filter(({ meeting }) => meeting.status === 'held' && meeting.date <= ctx.asOf)
    .flatMap(({ meeting }) =>
      (meeting.actions ?? []).flatMap((a) =>
        a.due
          ? [
              oneOff(
                ctx,
                `action:${meeting.id}/${a.id}`,
                'action',
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
export function expiryObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  const out = data.subAgreements.flatMap((s) =>
    s.validUntil
      ? [
          oneOff(
            ctx,
            `sub-agreement:${s.id}`,
            'sub-agreement',
            { id: 'obligation.sub-agreement', params: { title: s.title } },
            addDays(s.validUntil as CalendarDate, -1),
            null,
          ),
        ]
      : [],
  );
  const until = data.agreement.validity.until;
  if (until)
    out.push(
      oneOff(
        ctx,
        'agreement',
        'agreement',
        { id: 'obligation.agreement' },
        addDays(until as CalendarDate, -1),
        null,
      ),
    );
  return out;
}

/**
 * SPEC section 12: a person appointed for a term ("valgt for fire år") is to be reappointed or
 * replaced by its last day, `term.until`, which is the deadline (unlike validity.until, the first
 * day that no longer applies). Never done: a new term is recorded by changing `until`.
 */
export function termObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  const parties = new Map(data.agreement.parties.map((p) => [p.id, p.name]));
  return (data.people?.people ?? []).flatMap((p) =>
    p.term?.until
      ? [
          oneOff(
            ctx,
            `term:${p.id}`,
            'term',
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
