import { type AgreementData, allMeetings } from '../model/index.js';

/**
 * How much has been recorded in an agreement: a number that every `record` command raises (a
 * planned meeting counts 1, a held or cancelled one 2, so that recording a planned meeting as held
 * raises it too; each report, evaluation, adoption, approval, decision, action and done mark 1).
 * Part of the calendar feed's SEQUENCE (docs/decisions.md): a feed written later on the same day,
 * after a record, carries higher numbers. Pure.
 */
export function recordedFacts(data: AgreementData): number {
  let n = 0;
  for (const { meeting } of allMeetings(data)) {
    n += meeting.status === 'planned' ? 1 : 2;
    n += (meeting.decisions ?? []).length;
    // SPEC section 14: recording a time, place or link raises it too (nothing where none is).
    n += (meeting.time ? 1 : 0) + (meeting.place ? 1 : 0) + (meeting.online ? 1 : 0);
    for (const action of meeting.actions ?? []) n += action.done ? 2 : 1;
  }
  for (const group of data.workingGroups) n += 1 + (group.reports ?? []).length;
  for (const { value: plan } of data.actionPlans) {
    n += 1 + (plan.adopted ? 1 : 0) + (plan.evaluations ?? []).length;
    for (const measure of plan.measures ?? []) n += measure.done ? 2 : 1;
  }
  for (const sub of data.subAgreements) n += 1 + (sub.approvals ?? []).length;
  n += data.evaluations.length;
  n += data.people?.people.length ?? 0;
  n += (data.agreement.areas ?? []).length;
  return n;
}
