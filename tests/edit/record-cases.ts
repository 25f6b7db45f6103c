import * as r from '../../src/cli/record-run.js';
import { asCalendarDate as day } from '../../src/dates.js';
import { t } from '../../src/i18n/index.js';
import { byId, change, meeting, PLAN, push, type RecordCase, UNGDOM } from './record-case.js';
import { MEETING_CASES } from './record-cases-meetings.js';
import { PEOPLE_CASES } from './record-cases-people.js';
import { REMOVE_CASES } from './record-cases-remove.js';
import { RETIRE_CASES } from './record-cases-retire.js';

// Every record kind, as a command line and as a planner call, with the change it must make computed
// here from the folder's data, independently of the code that makes it.

export const CASES: RecordCase[] = [
  ...MEETING_CASES,
  ...PEOPLE_CASES,
  ...RETIRE_CASES,
  ...REMOVE_CASES,
  {
    name: 'plan: a new draft plan file',
    kind: 'plan',
    args: ['--id', 'handlingsplan-2027', '--title', 'Handlingsplan 2027', '--owner', 'committee'],
    plan: (c) => r.planPlan(c, { id: 'handlingsplan-2027', title: 'Handlingsplan 2027', owner: 'committee' }),
    expected: () =>
      change((e) => {
        e['action-plans/handlingsplan-2027.yaml'] = {
          schemaVersion: 1,
          id: 'handlingsplan-2027',
          title: 'Handlingsplan 2027',
          owner: 'committee',
          status: 'draft',
          adopted: null,
          measures: [],
        };
      }),
  },
  {
    name: 'adopt: a draft plan at a held meeting',
    kind: 'adopt',
    args: ['--plan', 'handlingsplan-ungdom', '--meeting', '2026-08-20-middle'],
    plan: (c) => r.planAdopt(c, { plan: 'handlingsplan-ungdom', meeting: '2026-08-20-middle' }),
    expected: (d) =>
      change((e) => {
        Object.assign(e[UNGDOM]!, {
          status: 'adopted',
          adopted: { date: '2026-08-20', meeting: '2026-08-20-middle' },
        });
        const text = t('edit.adopt-decision-text', 'nb', { title: d[UNGDOM]!.title });
        push(meeting(e, '2026-08-20-middle').m, 'decisions', {
          id: 'vedtak-handlingsplan-ungdom',
          text,
          adopts: 'handlingsplan-ungdom',
        });
      }),
  },
  {
    name: 'measure: added to a plan',
    kind: 'measure',
    args: [
      '--plan',
      'handlingsplan-ungdom',
      '--title',
      'Felles veiledning',
      '--responsible',
      'buskerud-fk',
      '--due',
      '2027-06-30',
      '--id',
      'felles-veiledning',
    ],
    plan: (c) =>
      r.planMeasure(c, {
        plan: 'handlingsplan-ungdom',
        title: 'Felles veiledning',
        responsible: 'buskerud-fk',
        due: day('2027-06-30'),
        id: 'felles-veiledning',
      }),
    expected: () =>
      change((e) =>
        push(e[UNGDOM]!, 'measures', {
          id: 'felles-veiledning',
          title: 'Felles veiledning',
          responsible: 'buskerud-fk',
          due: '2027-06-30',
        }),
      ),
  },
  {
    name: 'group: set up at a meeting; its leader joins the committee',
    kind: 'group',
    args: [
      '--id',
      'kompetanse',
      '--name',
      'Kompetanse: voksne',
      '--area',
      'kompetansepolitikk',
      '--leader',
      'veileder-nav-1',
      '--members',
      'radgiver-voksenopplaering',
      '--meeting',
      '2026-08-20-middle',
    ],
    plan: (c) =>
      r.planGroup(c, {
        id: 'kompetanse',
        name: 'Kompetanse: voksne',
        area: 'kompetansepolitikk',
        leader: 'veileder-nav-1',
        members: ['radgiver-voksenopplaering'],
        meeting: '2026-08-20-middle',
      }),
    expected: () =>
      change((e) => {
        push(e['working-groups.yaml']!, 'workingGroups', {
          id: 'kompetanse',
          name: 'Kompetanse: voksne',
          area: 'kompetansepolitikk',
          leader: 'veileder-nav-1',
          members: ['veileder-nav-1', 'radgiver-voksenopplaering'],
          established: { date: '2026-08-20', meeting: '2026-08-20-middle' },
        });
        push(e['people.yaml']!.committee, 'members', 'veileder-nav-1');
      }),
  },
  {
    name: 'area: added',
    kind: 'area',
    args: ['--id', 'nytt-omrade', '--title', 'Nytt område: «test»'],
    plan: (c) => r.planArea(c, { id: 'nytt-omrade', title: 'Nytt område: «test»' }),
    expected: () =>
      change((e) => push(e['agreement.yaml']!, 'areas', { id: 'nytt-omrade', title: 'Nytt område: «test»' })),
  },
  {
    name: 'person: added',
    kind: 'person',
    args: [
      '--id',
      'ny-person',
      '--party',
      'buskerud-fk',
      '--role',
      'Rådgiver, test',
      '--email',
      'ny@example.no',
    ],
    plan: (c) =>
      r.planPerson(c, {
        id: 'ny-person',
        party: 'buskerud-fk',
        role: 'Rådgiver, test',
        email: 'ny@example.no',
      }),
    expected: () =>
      change((e) =>
        push(e['people.yaml']!, 'people', {
          id: 'ny-person',
          party: 'buskerud-fk',
          role: 'Rådgiver, test',
          email: 'ny@example.no',
        }),
      ),
  },
  {
    name: 'person: added with a seat of their own',
    kind: 'person',
    args: [
      '--id',
      'brukar-1',
      '--party',
      'nav-vest-viken',
      '--role',
      'Brukarrepresentant',
      '--seat',
      'brukarar',
    ],
    plan: (c) =>
      r.planPerson(c, {
        id: 'brukar-1',
        party: 'nav-vest-viken',
        role: 'Brukarrepresentant',
        seat: 'brukarar',
      }),
    expected: () =>
      change((e) =>
        push(e['people.yaml']!, 'people', {
          id: 'brukar-1',
          party: 'nav-vest-viken',
          role: 'Brukarrepresentant',
          seat: 'brukarar',
        }),
      ),
  },
  {
    name: 'sub-agreement: added',
    kind: 'sub-agreement',
    args: ['--id', 'ny-underavtale', '--title', 'Ny underavtale', '--area', 'kunnskapsdeling'],
    plan: (c) =>
      r.planSubAgreement(c, { id: 'ny-underavtale', title: 'Ny underavtale', area: 'kunnskapsdeling' }),
    expected: () =>
      change((e) =>
        push(e['sub-agreements.yaml']!, 'subAgreements', {
          id: 'ny-underavtale',
          title: 'Ny underavtale',
          area: 'kunnskapsdeling',
        }),
      ),
  },
  {
    name: 'approval: the second party',
    kind: 'approval',
    args: ['--sub-agreement', 'flerpartsveiledning', '--party', 'nav-vest-viken', '--date', '2026-11-20'],
    plan: (c) =>
      r.planApproval(c, {
        subAgreement: 'flerpartsveiledning',
        party: 'nav-vest-viken',
        date: day('2026-11-20'),
      }),
    expected: () =>
      change((e) =>
        push(byId(e['sub-agreements.yaml']!.subAgreements, 'flerpartsveiledning')!, 'approvals', {
          party: 'nav-vest-viken',
          date: '2026-11-20',
        }),
      ),
  },
  {
    name: 'withdrawal: a party gives notice',
    kind: 'withdrawal',
    args: ['--party', 'nav-vest-viken', '--date', '2026-08-20'],
    plan: (c) => r.planWithdrawal(c, { party: 'nav-vest-viken', date: day('2026-08-20') }),
    expected: () =>
      change((e) => {
        byId(e['agreement.yaml']!.parties, 'nav-vest-viken')!.notice = '2026-08-20';
      }),
  },
  {
    name: 'withdrawal: a party nobody knows',
    kind: 'withdrawal',
    args: ['--party', 'nav-vest', '--date', '2026-08-20'],
    plan: (c) => r.planWithdrawal(c, { party: 'nav-vest', date: day('2026-08-20') }),
    expected: () => ({ kind: 'usage' }),
  },
  ...[PLAN, UNGDOM].map(
    (file): RecordCase => ({
      name: `evaluation --plan: ${file}`,
      kind: 'evaluation',
      args: ['--plan', file.slice(13, -5), '--date', '2026-12-09', '--summary', 'Status: revidert'],
      plan: (c) =>
        r.planEvaluation(c, {
          plan: file.slice(13, -5),
          date: day('2026-12-09'),
          summary: 'Status: revidert',
        }),
      expected: () =>
        change((e) => push(e[file]!, 'evaluations', { date: '2026-12-09', summary: 'Status: revidert' })),
    }),
  ),
  {
    name: 'evaluation --agreement with --result',
    kind: 'evaluation',
    args: [
      '--agreement',
      '--date',
      '2026-12-10',
      '--summary',
      'Årsrapport 2026',
      '--result',
      'opplaeringslop=Flere fullfører: 80 %',
    ],
    plan: (c) =>
      r.planEvaluation(c, {
        date: day('2026-12-10'),
        summary: 'Årsrapport 2026',
        results: [{ area: 'opplaeringslop', text: 'Flere fullfører: 80 %' }],
      }),
    expected: () =>
      change((e) =>
        push(e['evaluations.yaml']!, 'evaluations', {
          date: '2026-12-10',
          summary: 'Årsrapport 2026',
          results: [{ area: 'opplaeringslop', text: 'Flere fullfører: 80 %' }],
        }),
      ),
  },
  {
    name: 'report: a new report',
    kind: 'report',
    args: ['--group', 'voksne-kompetanse', '--date', '2026-12-01', '--summary', 'Status: vinter'],
    plan: (c) =>
      r.planReport(c, { group: 'voksne-kompetanse', date: day('2026-12-01'), summary: 'Status: vinter' }),
    expected: () =>
      change((e) =>
        push(byId(e['working-groups.yaml']!.workingGroups, 'voksne-kompetanse')!, 'reports', {
          date: '2026-12-01',
          summary: 'Status: vinter',
        }),
      ),
  },
  {
    name: 'report: already recorded',
    kind: 'report',
    args: ['--group', 'ungdom-opplaering', '--date', '2026-08-27', '--summary', 'Status høsten 2026'],
    plan: (c) =>
      r.planReport(c, { group: 'ungdom-opplaering', date: day('2026-08-27'), summary: 'Status høsten 2026' }),
    expected: () => ({ kind: 'already' }),
  },
  ...[
    [PLAN, 'flerpartsveiledning'],
    [UNGDOM, 'overgang-vgs'],
  ].map(
    ([file, id]): RecordCase => ({
      name: `done --measure ${id}`,
      kind: 'done',
      args: ['--measure', `${file!.slice(13, -5)}/${id}`, '--date', '2026-12-01'],
      plan: (c) => r.planDone(c, { measure: `${file!.slice(13, -5)}/${id}`, date: day('2026-12-01') }),
      expected: (d) =>
        byId(d[file!]!.measures, id!)
          ? change((e) => (byId(e[file!]!.measures, id!)!.done = '2026-12-01'))
          : { kind: 'usage' },
    }),
  ),
  {
    name: 'done --action',
    kind: 'done',
    args: ['--action', '2026-06-04-middle/rapportmal', '--date', '2026-12-02'],
    plan: (c) => r.planDone(c, { action: '2026-06-04-middle/rapportmal', date: day('2026-12-02') }),
    expected: () =>
      change((e) => (byId(meeting(e, '2026-06-04-middle').m.actions, 'rapportmal')!.done = '2026-12-02')),
  },
  {
    name: 'done --action: another date than recorded',
    kind: 'done',
    args: ['--action', '2025-10-14-top/kartlegging', '--date', '2026-12-02'],
    plan: (c) => r.planDone(c, { action: '2025-10-14-top/kartlegging', date: day('2026-12-02') }),
    expected: () => ({ kind: 'conflict' }),
  },
];
