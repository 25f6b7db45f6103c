import { referenceMessages } from '../i18n/rules/reference.js';
import { closest } from '../load/suggest.js';
import { ref } from '../model/finding.js';
import { type AgreementData, allMeetings } from '../model/index.js';
import { partyIds } from './lookup.js';
import { DEFINED_IN, listReferences, type RefKind } from './references-list.js';
import { type DataRule, reporter } from './rule.js';

function targets(data: AgreementData): Record<RefKind, string[]> {
  return {
    party: partyIds(data),
    person: data.people?.people.map((p) => p.id) ?? [],
    body: Object.keys(data.agreement.governance.bodies),
    group: data.workingGroups.map((g) => g.id),
    committee: data.people?.committee ? ['committee'] : [],
    area: data.agreement.areas?.map((a) => a.id) ?? [],
    meeting: allMeetings(data).map((m) => m.meeting.id),
    plan: data.actionPlans.map((p) => p.value.id),
    subAgreement: data.subAgreements.map((s) => s.id),
  };
}

export const referenceRule: DataRule<typeof referenceMessages> = {
  id: 'reference',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description:
    "Every party, person, body, working group, area, meeting, action plan and sub-agreement id resolves; a plan's owner committee needs a committee in people.yaml (or a body or group of that id).",
  messages: referenceMessages,
  check({ data }) {
    const report = reporter(this);
    const known = targets(data);
    return listReferences(data)
      .filter((r) => !r.kinds.some((k) => data.broken.has(DEFINED_IN[k])))
      .filter((r) => !r.kinds.some((k) => known[k].includes(r.value)))
      .map((r) => {
        if (r.kinds.includes('committee') && r.value === 'committee')
          return report(r.file, r.path, 'reference.no-committee');
        const kind = ref(r.word);
        const suggestion = closest(
          r.value,
          r.kinds.flatMap((k) => known[k]),
        );
        return suggestion
          ? report(
              r.file,
              r.path,
              'reference.unknown-suggest',
              { kind, value: r.value, suggestion },
              { atKey: r.atKey },
            )
          : report(r.file, r.path, 'reference.unknown', { kind, value: r.value }, { atKey: r.atKey });
      });
  },
};
