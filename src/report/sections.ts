import { compareText } from '../compare.js';
import { addYears, type CalendarDate } from '../dates.js';
import { formatSubject } from '../domain/subject.js';
import type { Obligation } from '../engine/obligation.js';
import type { AgreementData } from '../model/index.js';
import { areaOf, facts, type Lookup } from './facts.js';
import type { ComingItem, EvaluationReport, PlanReport, ReportPeriod, SubAgreementReport } from './model.js';
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

/** Action plans as of the period's end: a plan adopted after it was still a draft then. */
export function planReports(data: AgreementData, period: ReportPeriod, find: Lookup): PlanReport[] {
  return data.actionPlans.map(({ value: plan }) => {
    const adopted = plan.adopted?.date ?? null;
    const adoptedLater = plan.status !== 'draft' && adopted !== null && adopted > period.to;
    return {
      id: plan.id,
      title: plan.title,
      owner: plan.owner,
      status: adoptedLater ? 'draft' : plan.status,
      adopted: adoptedLater ? null : (adopted as CalendarDate | null),
      adoptedInPeriod: within(adopted, period),
      evaluations: (plan.evaluations ?? [])
        .filter((e) => within(e.date, period))
        .map((e) => ({ date: e.date as CalendarDate, summary: e.summary ?? null }))
        .sort((a, b) => compareText(a.date, b.date)),
      obligation: facts(find(formatSubject({ kind: 'evaluation-plan', plan: plan.id }))),
    };
  });
}

/** Clause 5: sub-agreements are approved by every party; approvals after the period do not count yet. */
export function subAgreementReports(data: AgreementData, period: ReportPeriod): SubAgreementReport[] {
  const horizon = addYears(period.to, 1);
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
    return {
      id: s.id,
      title: s.title,
      area: areaOf(data, s.area),
      status: missing.length === 0 ? 'approved' : 'awaiting',
      approvedOn: approvedOn as CalendarDate | null,
      approvedInPeriod: within(approvedOn, period),
      missing,
      validUntil: until,
      expiring: until !== null && until > period.from && until <= horizon,
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
