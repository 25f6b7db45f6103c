import { workingGroupPartiesMessages } from '../i18n/rules/working-group-parties.js';
import { namesOf } from '../names/names.js';
import { partyOf, WORKING_GROUPS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4, Arbeidsgrupper: "settes sammen på tvers av fagområder og organisasjoner".
export const workingGroupPartiesRule: DataRule<typeof workingGroupPartiesMessages> = {
  id: 'working-group-parties',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'people', 'workingGroups'],
  description: 'A working group has members from at least two parties (clause 4).',
  messages: workingGroupPartiesMessages,
  check({ data }) {
    const report = reporter(this);
    return data.workingGroups.flatMap((group, i) => {
      const parties = new Set(
        [group.leader, ...group.members]
          .map((p) => partyOf(data, p))
          .filter((p): p is string => p !== undefined),
      );
      return parties.size < 2
        ? [
            report(WORKING_GROUPS, ['workingGroups', i, 'members'], 'working-group-parties.single', {
              group: group.name,
              parties: [...parties].map(namesOf(data).party).join(', ') || '-',
            }),
          ]
        : [];
    });
  },
};
