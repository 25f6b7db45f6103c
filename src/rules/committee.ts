import { committeeMessages } from '../i18n/rules/committee.js';
import { PEOPLE } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4, Samarbeidsutvalget: its members are the secretariat and the working groups' leaders
// (with Oppfølgingstjenesten and the Nav controller, who are people of the data like any other).
export const committeeRule: DataRule<typeof committeeMessages> = {
  id: 'committee',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'people', 'workingGroups'],
  description:
    'The committee, where there is one, includes the whole secretariat and every working-group leader (clause 4).',
  messages: committeeMessages,
  check({ data }) {
    const report = reporter(this);
    const committee = data.people?.committee;
    if (!committee) return [];
    const members = new Set(committee.members);
    const out = [];
    for (const person of data.people?.secretariat ?? []) {
      if (!members.has(person))
        out.push(report(PEOPLE, ['committee', 'members'], 'committee.secretariat', { person }));
    }
    for (const group of data.workingGroups) {
      if (!members.has(group.leader)) {
        out.push(
          report(PEOPLE, ['committee', 'members'], 'committee.leader', {
            person: group.leader,
            group: group.id,
          }),
        );
      }
    }
    return out;
  },
};
