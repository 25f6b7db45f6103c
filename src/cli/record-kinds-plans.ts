import { DATE, d, dOpt, F, MEETING, PLAN, type RecordKind, s, sOpt } from './record-kind.js';

export const PLANS_KINDS: RecordKind[] = [
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
    options: [PLAN, MEETING],
    examples: [`samarbeid record adopt ${F} --plan handlingsplan-2027 --meeting 2026-12-09-middle`],
    plan: (o, r) => (ctx) => r.planAdopt(ctx, { plan: s(o.plan), meeting: s(o.meeting) }),
  },
  {
    name: 'measure',
    description: 'add a measure to an action plan',
    options: [
      PLAN,
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
