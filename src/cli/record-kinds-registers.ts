import { DATE, d, dOpt, F, type RecordKind, s, sOpt } from './record-kind.js';

export const REGISTERS_KINDS: RecordKind[] = [
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
];
