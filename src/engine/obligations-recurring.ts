import type { CalendarDate } from '../dates.js';
import { parseCadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import { type Agreement, type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import type { EngineContext, Obligation, ObligationKind } from './obligation.js';
import { recurring } from './recurring.js';
import { holderOn, type RoleOwner, roleContext } from './roles.js';
import { daysLeft, obligationState } from './state.js';

interface Spec {
  subject: string;
  kind: ObligationKind;
  title: Message;
  cadence: string | null | undefined;
  start: CalendarDate;
  held: readonly string[];
  planned?: readonly string[];
  body?: string;
  named?: string;
}

function build(ctx: EngineContext, spec: Spec): Obligation | null {
  const cadence = spec.cadence ? parseCadence(spec.cadence) : null;
  if (!cadence) return null;
  const { asOf } = ctx;
  // As of a date, only what happened by then counts: the same data answers for any as-of.
  const held = spec.held.filter((d) => d <= asOf) as CalendarDate[];
  const upcoming = (spec.planned ?? []).filter((d) => d >= asOf).sort() as CalendarDate[];
  const r = recurring({ cadence, start: spec.start, held, planned: upcoming, asOf });
  const plannedInWindow = upcoming.filter((d) => d <= r.deadline).length;
  const obligation: Obligation = {
    subject: spec.subject,
    kind: spec.kind,
    title: spec.title,
    state: obligationState({
      asOf,
      deadline: r.deadline,
      done: false,
      plannedInWindow,
      needed: r.remaining,
      remindDaysBefore: ctx.remindDaysBefore,
    }),
    deadline: r.deadline,
    daysLeft: daysLeft(asOf, r.deadline),
    last: r.last,
    planned: upcoming[0] ?? null,
    missed: r.missed,
    period: r.period,
  };
  if (cadence.kind === 'period') obligation.remaining = r.remaining;
  if (spec.body) obligation.body = spec.body;
  if (spec.named) obligation.named = spec.named;
  return obligation;
}

export function meetingObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  const meetings = allMeetings(data).map((m) => m.meeting);
  const of = (body: string, status: string) =>
    meetings.filter((m) => m.body === body && m.status === status).map((m) => m.date);
  const { agreement } = data;
  const bodies = Object.entries(agreement.governance.bodies).map(([id, body]) => {
    const o = build(ctx, {
      subject: `meeting:${id}`,
      kind: 'meeting',
      title: { id: 'obligation.meeting', params: { body: body.name } },
      cadence: body.meets,
      start: agreement.validity.from as CalendarDate,
      held: of(id, 'held'),
      planned: of(id, 'planned'),
      body: id,
    });
    if (o) attachRoles(o, agreement, id, body, meetings, ctx.asOf);
    return o;
  });
  const groups = data.workingGroups.map((g) => {
    const o = build(ctx, {
      subject: `meeting:${g.id}`,
      kind: 'meeting',
      title: { id: 'obligation.meeting', params: { body: g.name } },
      cadence: g.meets,
      start: (g.established?.date ?? agreement.validity.from) as CalendarDate,
      held: of(g.id, 'held'),
      planned: of(g.id, 'planned'),
      body: g.id,
    });
    if (o) attachRoles(o, agreement, g.id, g, meetings, ctx.asOf);
    return o;
  });
  return [...bodies, ...groups].filter((o): o is Obligation => o !== null);
}

/**
 * Section 4's `host` (rotating bodies) and section 12's `roles` (bodies that declare them): the
 * holders for the next planned meeting, else as of; held meetings up to as-of count.
 */
function attachRoles(
  o: Obligation,
  agreement: Agreement,
  bodyId: string,
  owner: RoleOwner & { host?: string | null; rotation?: string[] | null },
  meetings: readonly Meeting[],
  asOf: CalendarDate,
): void {
  const declared = Object.keys(owner.roles ?? {});
  if (owner.host !== 'rotate' && declared.length === 0) return;
  const roles = roleContext(agreement, bodyId, owner, meetings);
  const date = o.planned ?? asOf;
  if (roles.roles.host) o.host = holderOn(roles, 'host', date, asOf)?.holder ?? null;
  if (declared.length > 0)
    o.roles = Object.fromEntries(declared.map((role) => [role, holderOn(roles, role, date, asOf)]));
}

export function evaluationObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  const { agreement } = data;
  const evaluation = agreement.governance.evaluation;
  const out: Array<Obligation | null> = [
    build(ctx, {
      subject: 'evaluation:agreement',
      kind: 'evaluation',
      title: { id: 'obligation.evaluation-agreement' },
      cadence: evaluation?.agreement,
      start: agreement.validity.from as CalendarDate,
      held: data.evaluations.map((e) => e.date),
    }),
  ];
  for (const { value: plan } of data.actionPlans) {
    const adopted = plan.adopted?.date;
    if (plan.status !== 'adopted' || !adopted || adopted > ctx.asOf) continue;
    out.push(
      build(ctx, {
        subject: `evaluation:plan:${plan.id}`,
        kind: 'evaluation',
        title: { id: 'obligation.evaluation-plan', params: { plan: plan.title } },
        cadence: evaluation?.actionPlans,
        start: adopted as CalendarDate,
        held: (plan.evaluations ?? []).map((e) => e.date),
      }),
    );
  }
  return out.filter((o): o is Obligation => o !== null);
}

export function reportObligations(data: AgreementData, ctx: EngineContext): Obligation[] {
  const fallback = data.agreement.governance.workingGroups?.reporting;
  return data.workingGroups
    .filter((g) => !g.established || g.established.date <= ctx.asOf)
    .map((g) =>
      build(ctx, {
        subject: `report:working-group:${g.id}`,
        kind: 'report',
        title: { id: 'obligation.report', params: { group: g.name } },
        cadence: g.reporting !== undefined ? g.reporting : fallback,
        start: (g.established?.date ?? data.agreement.validity.from) as CalendarDate,
        held: (g.reports ?? []).map((r) => r.date),
        named: g.leader,
      }),
    )
    .filter((o): o is Obligation => o !== null);
}
