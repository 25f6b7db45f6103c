import { subAgreementApprovalMessages } from '../i18n/rules/sub-agreement-approval.js';
import { SUB_AGREEMENTS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 5: "Eventuelle underavtaler vedtas av ledere i de to organisasjonene" — every party approves.
export const subAgreementApprovalRule: DataRule<typeof subAgreementApprovalMessages> = {
  id: 'sub-agreement-approval',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'subAgreements'],
  description:
    'A sub-agreement is approved by every party; a warning while any approval is missing (clause 5).',
  messages: subAgreementApprovalMessages,
  check({ data }) {
    const report = reporter(this);
    return data.subAgreements.flatMap((sub, i) => {
      const approved = new Set((sub.approvals ?? []).map((a) => a.party));
      return data.agreement.parties
        .filter((p) => !approved.has(p.id))
        .map((p) =>
          report(SUB_AGREEMENTS, ['subAgreements', i, 'approvals'], 'sub-agreement-approval.missing', {
            id: sub.title,
            party: p.name,
          }),
        );
    });
  },
};
