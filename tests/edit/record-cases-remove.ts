import * as r from '../../src/cli/record-run.js';
import { change, type Data, meeting, PLAN, type RecordCase, UNGDOM } from './record-case.js';
import type { FolderData } from './restyled-folder.js';

// SPEC section 14: `record remove`, every form and its refusals. A list left empty goes with its
// key where the schema lets it (decisions, actions, measures, reports, a plan's evaluations); the
// lists a file needs (meetings, people, evaluations.yaml's) stay as `[]`.

const GROUPS = 'working-groups.yaml';
const without = (list: Data[], pick: (x: Data) => boolean) => list.filter((x) => !pick(x));

/** The item taken out of the list at obj[key], and the key dropped when the list is left empty. */
function takeOut(obj: Data, key: string, pick: (x: Data) => boolean, keyMayGo = true): void {
  const left = without(obj[key] as Data[], pick);
  if (left.length === 0 && keyMayGo) delete obj[key];
  else obj[key] = left;
}

const has = (list: unknown, pick: (x: Data) => boolean) => Array.isArray(list) && list.some(pick);

function removeMeetingExpected(d: FolderData, id: string) {
  const { m } = meeting(d, id);
  if ((m.decisions?.length ?? 0) > 0 || (m.actions?.length ?? 0) > 0) return { kind: 'conflict' as const };
  return change((e) => {
    const at = meeting(e, id);
    e[at.file]!.meetings = without(at.list, (x) => x.id === id);
  });
}

export const REMOVE_CASES: RecordCase[] = [
  {
    name: 'remove --meeting: a meeting with no decisions, by id',
    kind: 'remove',
    args: ['--meeting', '2026-04-16-committee'],
    plan: (c) => r.planRemove(c, { meeting: '2026-04-16-committee' }),
    expected: (d) => removeMeetingExpected(d, '2026-04-16-committee'),
  },
  {
    name: 'remove --meeting: by BODY@DATE',
    kind: 'remove',
    args: ['--meeting', 'committee@24.09.2026'],
    plan: (c) => r.planRemove(c, { meeting: r.meetingRef(c, 'committee@24.09.2026') }),
    expected: (d) => removeMeetingExpected(d, '2026-09-24-committee'),
  },
  {
    name: 'remove --meeting: refused while it has decisions (when it has)',
    kind: 'remove',
    args: ['--meeting', '2026-08-20-middle'],
    plan: (c) => r.planRemove(c, { meeting: '2026-08-20-middle' }),
    expected: (d) => removeMeetingExpected(d, '2026-08-20-middle'),
  },
  {
    name: 'remove --meeting: refused while it has an action',
    kind: 'remove',
    args: ['--meeting', '2026-06-04-middle'],
    plan: (c) => r.planRemove(c, { meeting: '2026-06-04-middle' }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'remove --meeting: a meeting that is not there is a usage error',
    kind: 'remove',
    args: ['--meeting', '2026-04-17-committee'],
    plan: (c) => r.planRemove(c, { meeting: '2026-04-17-committee' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'remove --decision: the only decision, and its key with it',
    kind: 'remove',
    args: ['--decision', '2026-02-09-middle/revisjon-handlingsplan'],
    plan: (c) => r.planRemove(c, { decision: '2026-02-09-middle/revisjon-handlingsplan' }),
    expected: () =>
      change((e) => {
        takeOut(meeting(e, '2026-02-09-middle').m, 'decisions', (x) => x.id === 'revisjon-handlingsplan');
      }),
  },
  {
    name: 'remove --decision: named BODY@DATE/ID, where there is one',
    kind: 'remove',
    args: ['--decision', 'top@08.12.2026/sak-1'],
    plan: (c) => r.planRemove(c, { decision: r.meetingPathRef(c, 'top@08.12.2026/sak-1') }),
    expected: (d) =>
      has(meeting(d, '2026-12-08-top').m.decisions, (x) => x.id === 'sak-1')
        ? change((e) => takeOut(meeting(e, '2026-12-08-top').m, 'decisions', (x) => x.id === 'sak-1'))
        : { kind: 'usage' },
  },
  {
    name: 'remove --decision: refused for the decision that adopted a plan',
    kind: 'remove',
    args: ['--decision', '2025-02-10-middle/handlingsplan'],
    plan: (c) => r.planRemove(c, { decision: '2025-02-10-middle/handlingsplan' }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'remove --decision: without a meeting part is a usage error',
    kind: 'remove',
    args: ['--decision', 'revisjon-handlingsplan'],
    plan: (c) => r.planRemove(c, { decision: 'revisjon-handlingsplan' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'remove --action: the only action, and its key with it',
    kind: 'remove',
    args: ['--action', 'middle@04.06.2026/rapportmal'],
    plan: (c) => r.planRemove(c, { action: r.meetingPathRef(c, 'middle@04.06.2026/rapportmal') }),
    expected: () =>
      change((e) => takeOut(meeting(e, '2026-06-04-middle').m, 'actions', (x) => x.id === 'rapportmal')),
  },
  {
    name: 'remove --measure: one of three',
    kind: 'remove',
    args: ['--measure', 'handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag'],
    plan: (c) => r.planRemove(c, { measure: 'handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag' }),
    expected: () => change((e) => takeOut(e[PLAN]!, 'measures', (x) => x.id === 'kunnskapsgrunnlag')),
  },
  {
    name: 'remove --measure: the only one, and the key with it (or not found)',
    kind: 'remove',
    args: ['--measure', 'handlingsplan-ungdom/overgang-vgs'],
    plan: (c) => r.planRemove(c, { measure: 'handlingsplan-ungdom/overgang-vgs' }),
    expected: (d) =>
      has(d[UNGDOM]!.measures, (x) => x.id === 'overgang-vgs')
        ? change((e) => takeOut(e[UNGDOM]!, 'measures', (x) => x.id === 'overgang-vgs'))
        : { kind: 'usage' },
  },
  {
    name: 'remove --report: a working group report by GROUP/DATE',
    kind: 'remove',
    args: ['--report', 'ungdom-opplaering/27.08.2026'],
    plan: (c) => r.planRemove(c, { report: 'ungdom-opplaering/27.08.2026' }),
    expected: () =>
      change((e) => takeOut(e[GROUPS]!.workingGroups[0], 'reports', (x) => x.date === '2026-08-27')),
  },
  {
    name: 'remove --report: of a group whose reports may be empty',
    kind: 'remove',
    args: ['--report', 'voksne-kompetanse/2026-02-26'],
    plan: (c) => r.planRemove(c, { report: 'voksne-kompetanse/2026-02-26' }),
    expected: (d) =>
      has(d[GROUPS]!.workingGroups[1].reports, (x) => x.date === '2026-02-26')
        ? change((e) => takeOut(e[GROUPS]!.workingGroups[1], 'reports', (x) => x.date === '2026-02-26'))
        : { kind: 'usage' },
  },
  {
    name: 'remove --report: a date that is no date is a usage error',
    kind: 'remove',
    args: ['--report', 'ungdom-opplaering/august'],
    plan: (c) => r.planRemove(c, { report: 'ungdom-opplaering/august' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: "remove --evaluation DATE: the agreement's, its list kept",
    kind: 'remove',
    args: ['--evaluation', '10.12.2025'],
    plan: (c) => r.planRemove(c, { evaluation: '10.12.2025' }),
    expected: () =>
      change((e) => takeOut(e['evaluations.yaml']!, 'evaluations', (x) => x.date === '2025-12-10', false)),
  },
  {
    name: "remove --evaluation PLAN@DATE: a plan's, the key dropped when it was the only one",
    kind: 'remove',
    args: ['--evaluation', 'handlingsplan-samarbeidsutvalget@2026-02-09'],
    plan: (c) => r.planRemove(c, { evaluation: 'handlingsplan-samarbeidsutvalget@2026-02-09' }),
    expected: (d) =>
      has(d[PLAN]!.evaluations, (x) => x.date === '2026-02-09')
        ? change((e) => takeOut(e[PLAN]!, 'evaluations', (x) => x.date === '2026-02-09'))
        : { kind: 'usage' },
  },
  {
    name: 'remove --evaluation: a date with none is a usage error',
    kind: 'remove',
    args: ['--evaluation', '11.12.2025'],
    plan: (c) => r.planRemove(c, { evaluation: '11.12.2025' }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'remove --person: one nothing refers to',
    kind: 'remove',
    args: ['--person', 'fylkeskommunedirektor'],
    plan: (c) => r.planRemove(c, { person: 'fylkeskommunedirektor' }),
    expected: () =>
      change((e) => takeOut(e['people.yaml']!, 'people', (x) => x.id === 'fylkeskommunedirektor', false)),
  },
  {
    name: 'remove --person: refused for a leader in the committee responsible for a measure',
    kind: 'remove',
    args: ['--person', 'leder-ung'],
    plan: (c) => r.planRemove(c, { person: 'leder-ung' }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'remove --person: refused for a contact person',
    kind: 'remove',
    args: ['--person', 'avdelingsdirektor-samfunn'],
    plan: (c) => r.planRemove(c, { person: 'avdelingsdirektor-samfunn' }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'remove: two things at once is a usage error',
    kind: 'remove',
    args: [
      '--person',
      'fylkeskommunedirektor',
      '--measure',
      'handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag',
    ],
    plan: (c) =>
      r.planRemove(c, {
        person: 'fylkeskommunedirektor',
        measure: 'handlingsplan-samarbeidsutvalget/kunnskapsgrunnlag',
      }),
    expected: () => ({ kind: 'usage' }),
  },
];
