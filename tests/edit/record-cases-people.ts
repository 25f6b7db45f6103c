import * as r from '../../src/cli/record-run.js';
import { asCalendarDate as day } from '../../src/dates.js';
import { byId, change, meeting, push, type RecordCase } from './record-case.js';

// The record kinds of SPEC section 14 that keep people: person (an update), contact, secretariat,
// member; and cancel.

export const PEOPLE_CASES: RecordCase[] = [
  {
    name: 'person: the fields given are changed, the others kept',
    kind: 'person',
    args: ['--id', 'seksjonsleder-opplaering', '--name', 'Kari Nordmann', '--email', 'kari@example.no'],
    plan: (c) =>
      r.planPerson(c, { id: 'seksjonsleder-opplaering', name: 'Kari Nordmann', email: 'kari@example.no' }),
    expected: () =>
      change((e) =>
        Object.assign(byId(e['people.yaml']!.people, 'seksjonsleder-opplaering')!, {
          name: 'Kari Nordmann',
          email: 'kari@example.no',
        }),
      ),
  },
  {
    name: 'person: a term added to one who has none',
    kind: 'person',
    args: ['--id', 'leder-ung', '--term-from', '2026-01-01', '--term-until', '2029-12-31'],
    plan: (c) =>
      r.planPerson(c, { id: 'leder-ung', termFrom: day('2026-01-01'), termUntil: day('2029-12-31') }),
    expected: () =>
      change((e) => {
        byId(e['people.yaml']!.people, 'leder-ung')!.term = { from: '2026-01-01', until: '2029-12-31' };
      }),
  },
  {
    name: 'person: the same role again is already recorded',
    kind: 'person',
    args: ['--id', 'controller-nav', '--role', 'Controller, Nav Vest-Viken (fag- og lovansvar)'],
    plan: (c) =>
      r.planPerson(c, { id: 'controller-nav', role: 'Controller, Nav Vest-Viken (fag- og lovansvar)' }),
    expected: () => ({ kind: 'already' }),
  },
  {
    name: 'person: a new one without --party and --role is refused',
    kind: 'person',
    args: ['--id', 'ny-uten-rolle', '--name', 'Ola'],
    plan: (c) => r.planPerson(c, { id: 'ny-uten-rolle', name: 'Ola' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'contact: another person of the party',
    kind: 'contact',
    args: ['--party', 'buskerud-fk', '--person', 'fylkeskommunedirektor'],
    plan: (c) => r.planContact(c, { party: 'buskerud-fk', person: 'fylkeskommunedirektor' }),
    expected: () =>
      change((e) => {
        e['people.yaml']!.contacts['buskerud-fk'] = 'fylkeskommunedirektor';
      }),
  },
  {
    name: 'contact: a person of the other party is refused',
    kind: 'contact',
    args: ['--party', 'buskerud-fk', '--person', 'controller-nav'],
    plan: (c) => r.planContact(c, { party: 'buskerud-fk', person: 'controller-nav' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'secretariat: one replaces another, in the committee too',
    kind: 'secretariat',
    args: ['--person', 'radgiver-voksenopplaering', '--replaces', 'sekretariat-bfk'],
    plan: (c) => r.planSecretariat(c, { person: 'radgiver-voksenopplaering', replaces: 'sekretariat-bfk' }),
    expected: () =>
      change((e) => {
        const people = e['people.yaml']!;
        people.secretariat = people.secretariat.map((id: string) =>
          id === 'sekretariat-bfk' ? 'radgiver-voksenopplaering' : id,
        );
        people.committee.members = people.committee.members.map((id: string) =>
          id === 'sekretariat-bfk' ? 'radgiver-voksenopplaering' : id,
        );
      }),
  },
  {
    name: 'secretariat: one who is not in it cannot be replaced',
    kind: 'secretariat',
    args: ['--person', 'radgiver-voksenopplaering', '--replaces', 'leder-ung'],
    plan: (c) => r.planSecretariat(c, { person: 'radgiver-voksenopplaering', replaces: 'leder-ung' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'member: of the committee',
    kind: 'member',
    args: ['--committee', '--person', 'fylkeskommunedirektor'],
    plan: (c) => r.planMember(c, { person: 'fylkeskommunedirektor', committee: true }),
    expected: () => change((e) => push(e['people.yaml']!.committee, 'members', 'fylkeskommunedirektor')),
  },
  {
    name: 'member: of a working group',
    kind: 'member',
    args: ['--group', 'ungdom-opplaering', '--person', 'radgiver-voksenopplaering'],
    plan: (c) => r.planMember(c, { person: 'radgiver-voksenopplaering', group: 'ungdom-opplaering' }),
    expected: () =>
      change((e) =>
        push(
          byId(e['working-groups.yaml']!.workingGroups, 'ungdom-opplaering')!,
          'members',
          'radgiver-voksenopplaering',
        ),
      ),
  },
  {
    name: 'member: of a body without members yet (SPEC section 13)',
    kind: 'member',
    args: ['--body', 'middle', '--person', 'avdelingsdirektor-samfunn'],
    plan: (c) => r.planMember(c, { person: 'avdelingsdirektor-samfunn', body: 'middle' }),
    expected: () =>
      change((e) => {
        e['agreement.yaml']!.governance.bodies.middle.members = ['avdelingsdirektor-samfunn'];
      }),
  },
  {
    name: 'member: already a member of the committee',
    kind: 'member',
    args: ['--committee', '--person', 'leder-ung'],
    plan: (c) => r.planMember(c, { person: 'leder-ung', committee: true }),
    expected: () => ({ kind: 'already' }),
  },
  {
    name: 'cancel: a planned meeting, with the reason',
    kind: 'cancel',
    args: ['--meeting', '2026-12-10-middle', '--reason', 'For få kunne møte: # 2'],
    plan: (c) => r.planCancel(c, { meeting: '2026-12-10-middle', reason: 'For få kunne møte: # 2' }),
    expected: () =>
      change((e) =>
        Object.assign(meeting(e, '2026-12-10-middle').m, {
          status: 'cancelled',
          cancelled: { reason: 'For få kunne møte: # 2' },
        }),
      ),
  },
  {
    name: 'cancel: a held meeting is refused',
    kind: 'cancel',
    args: ['--meeting', '2026-08-20-middle'],
    plan: (c) => r.planCancel(c, { meeting: '2026-08-20-middle' }),
    expected: () => ({ kind: 'conflict' }),
  },
];
