import type { CalendarDate } from '../dates.js';
import type { Planner } from './record-run.js';

// The record vocabulary of SPEC section 8, one entry a command: its options, its examples and
// how its options become a planned change. record.ts turns the table into commander commands.

type Values = Record<string, unknown>;
type Run = typeof import('./record-run.js');

export interface OptionSpec {
  flags: string;
  description: string;
  required?: boolean;
  /** `date`: YYYY-MM-DD or DD.MM.YYYY; `repeat`: may be given more than once. */
  kind?: 'date' | 'repeat' | 'list';
  choices?: readonly string[];
  default?: string;
}

export interface RecordKind {
  name: string;
  description: string;
  options: OptionSpec[];
  examples: string[];
  /** Which of two options must be given (exactly one). */
  oneOf?: [string, string, string];
  plan: (o: Values, run: Run) => Planner;
}

const s = (v: unknown) => v as string;
const sOpt = (v: unknown) => v as string | undefined;
const d = (v: unknown) => v as CalendarDate;
const dOpt = (v: unknown) => v as CalendarDate | undefined;

const DATE = (description: string, required = true): OptionSpec => ({
  flags: '--date <date>',
  description,
  required,
  kind: 'date',
});
const MEETING = { flags: '--meeting <meeting>', description: 'the meeting id', required: true };
const F = 'data/buskerud-2024';

export const RECORD_KINDS: RecordKind[] = [
  {
    name: 'meeting',
    description: "add a meeting, or change the status of that body's meeting on that date",
    options: [
      { flags: '--body <body>', description: 'the body or working group', required: true },
      DATE('the date'),
      {
        flags: '--status <status>',
        description: 'held, planned or cancelled',
        choices: ['held', 'planned', 'cancelled'],
        default: 'held',
      },
      {
        flags: '--host <party>',
        description: 'the hosting party (default for rotating bodies: whose turn it is)',
      },
      { flags: '--id <id>', description: 'the meeting id (default: <date>-<body>)' },
      { flags: '--title <title>', description: 'a title for the meeting' },
      { flags: '--minutes <ref>', description: 'the minutes: a link, or a path in the repository' },
    ],
    examples: [
      `samarbeid record meeting ${F} --body top --date 08.12.2026`,
      `samarbeid record meeting ${F} --body middle --date 2027-02-10 --status planned`,
    ],
    plan: (o, r) => (ctx) =>
      r.planMeeting(ctx, {
        body: s(o.body),
        date: d(o.date),
        status: o.status as 'held' | 'planned' | 'cancelled',
        host: sOpt(o.host),
        id: sOpt(o.id),
        title: sOpt(o.title),
        minutes: sOpt(o.minutes),
      }),
  },
  {
    name: 'move',
    description: 'move a planned meeting to another date',
    options: [MEETING, DATE('the new date')],
    examples: [`samarbeid record move ${F} --meeting 2026-12-08-top --date 15.12.2026`],
    plan: (o, r) => (ctx) => r.planMove(ctx, { meeting: s(o.meeting), date: d(o.date) }),
  },
  {
    name: 'decision',
    description: "add a decision to a meeting's minutes",
    options: [
      MEETING,
      { flags: '--text <text>', description: 'what was decided', required: true },
      { flags: '--id <id>', description: 'the decision id (default: made from the text)' },
      { flags: '--adopts <id>', description: 'the action plan or sub-agreement the decision adopts' },
    ],
    examples: [
      `samarbeid record decision ${F} --meeting 2026-08-20-middle --text "Avtalen videreføres uten endringer"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planDecision(ctx, { meeting: s(o.meeting), text: s(o.text), id: sOpt(o.id), adopts: sOpt(o.adopts) }),
  },
  {
    name: 'action',
    description: 'add an action to follow up from a meeting',
    options: [
      MEETING,
      { flags: '--text <text>', description: 'what is to be done', required: true },
      { flags: '--owner <party-or-person>', description: 'who follows it up', required: true },
      { flags: '--due <date>', description: 'the deadline', required: true, kind: 'date' },
      { flags: '--id <id>', description: 'the action id (default: made from the text)' },
    ],
    examples: [
      `samarbeid record action ${F} --meeting 2026-08-20-middle --text "Felles kartlegging av målgruppen" --owner nav-vest-viken --due 01.03.2027`,
    ],
    plan: (o, r) => (ctx) =>
      r.planAction(ctx, {
        meeting: s(o.meeting),
        text: s(o.text),
        owner: s(o.owner),
        due: d(o.due),
        id: sOpt(o.id),
      }),
  },
  {
    name: 'plan',
    description: 'start a new action plan, as a draft',
    options: [
      { flags: '--id <id>', description: 'the plan id (also its file name)', required: true },
      { flags: '--title <title>', description: 'the title', required: true },
      { flags: '--owner <owner>', description: 'committee, a body id or a working group id', required: true },
    ],
    examples: [
      `samarbeid record plan ${F} --id handlingsplan-2027 --title "Handlingsplan 2027" --owner committee`,
    ],
    plan: (o, r) => (ctx) => r.planPlan(ctx, { id: s(o.id), title: s(o.title), owner: s(o.owner) }),
  },
  {
    name: 'adopt',
    description: 'record that a held meeting adopted an action plan (the plan and the decision)',
    options: [{ flags: '--plan <plan>', description: 'the action plan', required: true }, MEETING],
    examples: [`samarbeid record adopt ${F} --plan handlingsplan-2027 --meeting 2026-12-09-middle`],
    plan: (o, r) => (ctx) => r.planAdopt(ctx, { plan: s(o.plan), meeting: s(o.meeting) }),
  },
  {
    name: 'measure',
    description: 'add a measure to an action plan',
    options: [
      { flags: '--plan <plan>', description: 'the action plan', required: true },
      { flags: '--title <title>', description: 'the measure', required: true },
      { flags: '--responsible <party-or-person>', description: 'who is responsible', required: true },
      { flags: '--area <area>', description: 'the area of cooperation' },
      { flags: '--due <date>', description: 'the deadline', kind: 'date' },
      { flags: '--id <id>', description: 'the measure id (default: made from the title)' },
    ],
    examples: [
      `samarbeid record measure ${F} --plan handlingsplan-2027 --title "Felles veiledning" --responsible buskerud-fk --due 30.06.2027`,
    ],
    plan: (o, r) => (ctx) =>
      r.planMeasure(ctx, {
        plan: s(o.plan),
        title: s(o.title),
        responsible: s(o.responsible),
        area: sOpt(o.area),
        due: dOpt(o.due),
        id: sOpt(o.id),
      }),
  },
  {
    name: 'group',
    description: 'set up a working group; its leader joins the committee (clause 4)',
    options: [
      { flags: '--id <id>', description: 'the group id', required: true },
      { flags: '--name <name>', description: 'the name', required: true },
      { flags: '--area <area>', description: 'its main area', required: true },
      { flags: '--leader <person>', description: 'the leader', required: true },
      {
        flags: '--members <people>',
        description: 'the members, separated by commas',
        required: true,
        kind: 'list',
      },
      { flags: '--meeting <meeting>', description: 'the meeting that set it up' },
      DATE('the date it was set up (default: the meeting’s date, else today)', false),
    ],
    examples: [
      `samarbeid record group ${F} --id kompetanse --name "Kompetanse" --area kompetansepolitikk --leader leder-ung --members leder-ung,veileder-nav-1 --meeting 2026-08-20-middle`,
    ],
    plan: (o, r) => (ctx) =>
      r.planGroup(ctx, {
        id: s(o.id),
        name: s(o.name),
        area: s(o.area),
        leader: s(o.leader),
        members: o.members as string[],
        meeting: sOpt(o.meeting),
        date: dOpt(o.date),
      }),
  },
  {
    name: 'area',
    description: 'add an area of cooperation (clause 5)',
    options: [
      { flags: '--id <id>', description: 'the area id', required: true },
      { flags: '--title <title>', description: 'the title', required: true },
    ],
    examples: [
      `samarbeid record area ${F} --id kompetansepolitikk --title "Kompetansepolitikk og kunnskapsgrunnlag"`,
    ],
    plan: (o, r) => (ctx) => r.planArea(ctx, { id: s(o.id), title: s(o.title) }),
  },
  {
    name: 'person',
    description: 'add a person, by role (names and e-mail addresses are optional)',
    options: [
      { flags: '--id <id>', description: 'the person id', required: true },
      { flags: '--party <party>', description: 'the party they represent', required: true },
      { flags: '--role <role>', description: 'their role', required: true },
      { flags: '--name <name>', description: 'their name' },
      { flags: '--email <email>', description: 'their work e-mail address' },
    ],
    examples: [
      `samarbeid record person ${F} --id radgiver-nav --party nav-vest-viken --role "Rådgiver, samfunnsenheten"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planPerson(ctx, {
        id: s(o.id),
        party: s(o.party),
        role: s(o.role),
        name: sOpt(o.name),
        email: sOpt(o.email),
      }),
  },
  {
    name: 'sub-agreement',
    description: 'add a sub-agreement, to be approved by every party (clause 5)',
    options: [
      { flags: '--id <id>', description: 'the sub-agreement id', required: true },
      { flags: '--title <title>', description: 'the title', required: true },
      { flags: '--area <area>', description: 'the area of cooperation' },
      { flags: '--valid-until <date>', description: 'the first day it no longer applies', kind: 'date' },
    ],
    examples: [
      `samarbeid record sub-agreement ${F} --id deling --title "Underavtale om deling av personopplysninger"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planSubAgreement(ctx, {
        id: s(o.id),
        title: s(o.title),
        area: sOpt(o.area),
        validUntil: dOpt(o.validUntil),
      }),
  },
  {
    name: 'approval',
    description: "record a party's approval of a sub-agreement",
    options: [
      { flags: '--sub-agreement <id>', description: 'the sub-agreement', required: true },
      { flags: '--party <party>', description: 'the approving party', required: true },
      DATE('the date of the approval'),
    ],
    examples: [
      `samarbeid record approval ${F} --sub-agreement flerpartsveiledning --party nav-vest-viken --date 20.11.2026`,
    ],
    plan: (o, r) => (ctx) =>
      r.planApproval(ctx, { subAgreement: s(o.subAgreement), party: s(o.party), date: d(o.date) }),
  },
  {
    name: 'evaluation',
    description: 'record an evaluation of an action plan (--plan) or the annual evaluation (--agreement)',
    options: [
      { flags: '--plan <plan>', description: 'the action plan evaluated' },
      { flags: '--agreement', description: 'the annual evaluation of results (clause 6)' },
      DATE('the date'),
      { flags: '--summary <text>', description: 'a short summary' },
      {
        flags: '--result <area=text>',
        description: 'a result for an area (--agreement only; repeatable)',
        kind: 'repeat',
      },
      { flags: '--meeting <meeting>', description: 'the meeting where it was done' },
    ],
    oneOf: ['plan', 'agreement', 'edit.plan-or-agreement'],
    examples: [
      `samarbeid record evaluation ${F} --plan handlingsplan-samarbeidsutvalget --date 09.02.2027 --meeting 2027-02-09-middle`,
      `samarbeid record evaluation ${F} --agreement --date 10.12.2026 --summary "Årsrapport 2026" --result opplaeringslop="Flere fullfører"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planEvaluation(ctx, {
        plan: sOpt(o.plan),
        date: d(o.date),
        summary: sOpt(o.summary),
        meeting: sOpt(o.meeting),
        results: o.result as Array<{ area: string; text: string }> | undefined,
      }),
  },
  {
    name: 'report',
    description: "record a working group's report to the committee",
    options: [
      { flags: '--group <group>', description: 'the working group', required: true },
      DATE('the date'),
      { flags: '--summary <text>', description: 'a short summary' },
    ],
    examples: [
      `samarbeid record report ${F} --group ungdom-opplaering --date 15.12.2026 --summary "Status høsten 2026"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planReport(ctx, { group: s(o.group), date: d(o.date), summary: sOpt(o.summary) }),
  },
  {
    name: 'done',
    description: 'mark a measure (--measure PLAN/ID) or a meeting action (--action MEETING/ID) as done',
    options: [
      { flags: '--measure <plan/id>', description: 'the measure' },
      { flags: '--action <meeting/id>', description: 'the action' },
      DATE('the date it was done'),
    ],
    oneOf: ['measure', 'action', 'edit.measure-or-action'],
    examples: [
      `samarbeid record done ${F} --measure handlingsplan-samarbeidsutvalget/flerpartsveiledning --date 20.11.2026`,
      `samarbeid record done ${F} --action 2026-06-04-middle/rapportmal --date 20.11.2026`,
    ],
    plan: (o, r) => (ctx) =>
      r.planDone(ctx, { measure: sOpt(o.measure), action: sOpt(o.action), date: d(o.date) }),
  },
];
