import { DATE, d, dOpt, F, MEETING, PLAN, type RecordKind, s, sOpt } from './record-kind.js';

export const PLANS_KINDS: RecordKind[] = [
  {
    name: 'plan',
    description: 'help.record.plan.description',
    options: [
      { flags: '--id <id>', description: 'help.record.plan.id', required: true },
      { flags: '--title <title>', description: 'help.record.title', required: true },
      { flags: '--owner <owner>', description: 'help.record.plan.owner', required: true },
    ],
    examples: [
      `samarbeid record plan ${F} --id handlingsplan-2027 --title "Handlingsplan 2027" --owner committee`,
    ],
    plan: (o, r) => (ctx) => r.planPlan(ctx, { id: s(o.id), title: s(o.title), owner: s(o.owner) }),
  },
  {
    name: 'adopt',
    description: 'help.record.adopt.description',
    options: [PLAN, MEETING],
    examples: [`samarbeid record adopt ${F} --plan handlingsplan-2027 --meeting 2026-12-09-middle`],
    plan: (o, r) => (ctx) => r.planAdopt(ctx, { plan: s(o.plan), meeting: r.meetingRef(ctx, s(o.meeting)) }),
  },
  {
    // SPEC section 14: the plan's evaluations and open measures stop; a successor takes over.
    name: 'retire',
    description: 'help.record.retire.description',
    options: [
      { flags: '--plan <plan>', description: 'help.record.retire.plan', required: true },
      { flags: '--replaced-by <plan>', description: 'help.record.retire.replaced-by' },
      { flags: '--meeting <meeting>', description: 'help.record.retire.meeting' },
      DATE('help.record.retire.date', false),
    ],
    oneOf: ['meeting', 'date', 'edit.retire-date-or-meeting'],
    examples: [
      `samarbeid record retire ${F} --plan handlingsplan-2027 --replaced-by handlingsplan-2028 --meeting middle@09.02.2028`,
      `samarbeid record retire ${F} --plan handlingsplan-2027 --date 31.12.2027`,
    ],
    plan: (o, r) => (ctx) =>
      r.planRetire(ctx, {
        plan: s(o.plan),
        replacedBy: sOpt(o.replacedBy),
        meeting: r.meetingRef(ctx, sOpt(o.meeting)),
        date: dOpt(o.date),
      }),
  },
  {
    name: 'measure',
    description: 'help.record.measure.description',
    options: [
      PLAN,
      { flags: '--title <title>', description: 'help.record.measure.title', required: true },
      {
        flags: '--responsible <party-or-person>',
        description: 'help.record.measure.responsible',
        required: true,
      },
      { flags: '--area <area>', description: 'help.record.area' },
      { flags: '--due <date>', description: 'help.record.due', kind: 'date' },
      { flags: '--id <id>', description: 'help.record.measure.id' },
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
    description: 'help.record.evaluation.description',
    options: [
      { flags: '--plan <plan>', description: 'help.record.evaluation.plan' },
      { flags: '--agreement', description: 'help.record.evaluation.agreement' },
      DATE('help.record.date'),
      { flags: '--summary <text>', description: 'help.record.summary' },
      {
        flags: '--result <area=text>',
        description: 'help.record.evaluation.result',
        kind: 'repeat',
      },
      { flags: '--meeting <meeting>', description: 'help.record.evaluation.meeting' },
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
        meeting: r.meetingRef(ctx, sOpt(o.meeting)),
        results: o.result as Array<{ area: string; text: string }> | undefined,
      }),
  },
  {
    name: 'report',
    description: 'help.record.report.description',
    options: [
      { flags: '--group <group>', description: 'help.record.report.group', required: true },
      DATE('help.record.date'),
      { flags: '--summary <text>', description: 'help.record.summary' },
    ],
    examples: [
      `samarbeid record report ${F} --group ungdom-opplaering --date 15.12.2026 --summary "Status høsten 2026"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planReport(ctx, { group: s(o.group), date: d(o.date), summary: sOpt(o.summary) }),
  },
  {
    name: 'done',
    description: 'help.record.done.description',
    options: [
      { flags: '--measure <plan/id>', description: 'help.record.done.measure' },
      { flags: '--action <meeting/id>', description: 'help.record.done.action' },
      DATE('help.record.done.date'),
    ],
    oneOf: ['measure', 'action', 'edit.measure-or-action'],
    examples: [
      `samarbeid record done ${F} --measure handlingsplan-samarbeidsutvalget/flerpartsveiledning --date 20.11.2026`,
      `samarbeid record done ${F} --action 2026-06-04-middle/rapportmal --date 20.11.2026`,
    ],
    plan: (o, r) => (ctx) =>
      r.planDone(ctx, {
        measure: sOpt(o.measure),
        action: r.meetingPathRef(ctx, sOpt(o.action)),
        date: d(o.date),
      }),
  },
];
