import { occurrences } from '../domain/tracks.js';
import { agreementStatus } from '../engine/status.js';
import type { AgreementData } from '../model/index.js';
import { bodyReports, groupReports } from './bodies.js';
import { areaOf, facts, lookup } from './facts.js';
import { actionGroup, measureGroups } from './items.js';
import type { AgreementReport, ReportPeriod } from './model.js';
import {
  comingItems,
  decisionReports,
  evaluationReports,
  planReports,
  subAgreementReports,
} from './sections.js';

/**
 * The report of clause 6 for one agreement and a period. Pure. Every state, deadline and missed
 * period is read from the engine's answer as of the period's last day, the one `status --as-of`
 * prints for that day, so the two cannot disagree.
 */
export function agreementReport(
  data: AgreementData,
  period: ReportPeriod,
  workspace: ReadonlyArray<{ id: string; supersedes: string | null; from: string | null }>,
): AgreementReport {
  const tracks = occurrences(data, period.to);
  const status = agreementStatus(data, period.to, workspace, tracks);
  const find = lookup(status.obligations);
  return {
    id: status.id,
    title: status.title,
    path: status.path,
    state: status.state,
    period,
    parties: data.agreement.parties.map((p) => ({ id: p.id, name: p.name })),
    bodies: bodyReports(data, period, find, tracks),
    decisions: decisionReports(data, period),
    areas: (data.agreement.areas ?? []).flatMap((a) => areaOf(data, a.id) ?? []),
    evaluations: evaluationReports(data, period),
    evaluation: facts(find('evaluation:agreement')),
    plans: planReports(data, period, find),
    measures: measureGroups(data, period, find, tracks),
    actions: actionGroup(data, period, find),
    groups: groupReports(data, period, find),
    subAgreements: subAgreementReports(data, period, tracks),
    coming: comingItems(status.obligations, period),
  };
}
