import { compareText } from '../compare.js';
import { addYears, type CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { formatSubject } from '../domain/subject.js';
import { planLife } from '../domain/tracks-other.js';
import type { Obligation } from '../engine/obligation.js';
import { type AgreementData, allMeetings } from '../model/index.js';
import { areaOf, facts, type Lookup } from './facts.js';
import type {
  ComingItem,
  EvaluationReport,
  MeetingDecisions,
  PlanReport,
  ReportPeriod,
  SubAgreementReport,
} from './model.js';
import { within } from './period.js';

/** Clause 6: the annual evaluations of the period and their results per area. */
export function evaluationReports(data: AgreementData, period: ReportPeriod): EvaluationReport[] {
  return data.evaluations
    .filter((e) => within(e.date, period))
    .sort((a, b) => compareText(a.date, b.date))
    .map((e) => ({
      date: e.date as CalendarDate,
      meeting: e.meeting ?? null,
      summary: e.summary ?? null,
      results: (e.results ?? []).map((r) => ({
        area: areaOf(data, r.area) ?? { id: '', title: '' },
        text: r.text,
      })),
    }));
}

/**
 * Action plans as of the period's end: a plan adopted after it was still a draft then, one retired
 * after it still adopted (SPEC section 14, as the one list of occurrences reads it).
 */
export function planReports(data: AgreementData, period: ReportPeriod, find: Lookup): PlanReport[] {
  return data.actionPlans.map(({ value: plan }) => {
    const adopted = plan.adopted?.date ?? null;
    const adoptedLater = plan.status !== 'draft' && adopted !== null && adopted > period.to;
    const life = planLife(plan, period.to);
    const retired = life === 'retired' && plan.retired ? plan.retired : null;
    return {
      id: plan.id,
      title: plan.title,
      owner: plan.owner,
      status: adoptedLater ? 'draft' : life,
      adopted: adoptedLater ? null : (adopted as CalendarDate | null),
      adoptedInPeriod: within(adopted, period),
      evaluations: (plan.evaluations ?? [])
        .filter((e) => within(e.date, period))
        .map((e) => ({ date: e.date as CalendarDate, summary: e.summary ?? null }))
        .sort((a, b) => compareText(a.date, b.date)),
      obligation: facts(find(formatSubject({ kind: 'evaluation-plan', plan: plan.id }))),
      ...(retired
        ? {
            retired: {
              date: retired.date as CalendarDate,
              meeting: retired.meeting ?? null,
              replacedBy: retired.replacedBy ?? null,
            },
          }
        : {}),
    };
  });
}

/** SPEC section 14: the decisions of every meeting held in the period, in date order. */
export function decisionReports(data: AgreementData, period: ReportPeriod): MeetingDecisions[] {
  return allMeetings(data)
    .map((m) => m.meeting)
    .filter((m) => m.status === 'held' && within(m.date, period) && (m.decisions ?? []).length > 0)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    .map((m) => ({
      meeting: m.id,
      body: m.body,
      date: m.date as CalendarDate,
      title: m.title ?? null,
      decisions: (m.decisions ?? []).map((d) => ({
        id: d.id,
        text: d.text,
        adopts: d.adopts ?? null,
        fulfils: d.fulfils ?? null,
      })),
    }));
}

/** Clause 5: sub-agreements are approved by every party; approvals after the period do not count yet. */
export function subAgreementReports(
  data: AgreementData,
  period: ReportPeriod,
  tracks: readonly Track[],
): SubAgreementReport[] {
  const horizon = addYears(period.to, 1);
  // Its last day is the deadline of its expiry in the one list of occurrences, as status gives it.
  const expiry = (id: string) =>
    tracks.find((t) => t.id === formatSubject({ kind: 'sub-agreement', subAgreement: id }))?.occurrences[0]
      ?.deadline ?? null;
  return data.subAgreements.map((s) => {
    const approvals = (s.approvals ?? []).filter((a) => a.date <= period.to);
    const approved = new Set(approvals.map((a) => a.party));
    const missing = data.agreement.parties.filter((p) => !approved.has(p.id)).map((p) => p.id);
    const approvedOn =
      missing.length === 0
        ? (approvals
            .map((a) => a.date)
            .sort()
            .at(-1) ?? null)
        : null;
    const until = (s.validUntil ?? null) as CalendarDate | null;
    const expires = until ? expiry(s.id) : null;
    return {
      id: s.id,
      title: s.title,
      area: areaOf(data, s.area),
      status: missing.length === 0 ? 'approved' : 'awaiting',
      approvedOn: approvedOn as CalendarDate | null,
      approvedInPeriod: within(approvedOn, period),
      missing,
      validUntil: until,
      expires,
      expiring: expires !== null && expires >= period.from && expires <= horizon,
    };
  });
}

/** What is overdue at the period's end and every deadline of the year after it, soonest first. */
export function comingItems(obligations: readonly Obligation[], period: ReportPeriod): ComingItem[] {
  const horizon = addYears(period.to, 1);
  return obligations
    .filter((o) => o.state !== 'done' && o.deadline <= horizon)
    .sort((a, b) => compareText(a.deadline, b.deadline) || compareText(a.subject, b.subject))
    .map((o) => ({
      subject: o.subject,
      kind: o.kind,
      title: o.title,
      state: o.state,
      deadline: o.deadline,
      named: o.named ?? null,
      host: o.host ?? null,
    }));
}
