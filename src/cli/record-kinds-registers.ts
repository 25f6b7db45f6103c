import { DATE, d, dOpt, F, type RecordKind, s, sOpt } from './record-kind.js';

export const REGISTERS_KINDS: RecordKind[] = [
  {
    name: 'group',
    description: 'help.record.group.description',
    options: [
      { flags: '--id <id>', description: 'help.record.group.id', required: true },
      { flags: '--name <name>', description: 'help.record.group.name', required: true },
      { flags: '--area <area>', description: 'help.record.group.area', required: true },
      { flags: '--leader <person>', description: 'help.record.group.leader', required: true },
      {
        flags: '--members <people>',
        description: 'help.record.group.members',
        required: true,
        kind: 'list',
      },
      { flags: '--meeting <meeting>', description: 'help.record.group.meeting' },
      DATE('help.record.group.date', false),
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
        meeting: r.meetingRef(ctx, sOpt(o.meeting)),
        date: dOpt(o.date),
      }),
  },
  {
    name: 'duty',
    description: 'help.record.duty.description',
    options: [
      { flags: '--duty <id>', description: 'help.record.duty.duty', required: true },
      DATE('help.record.duty.date'),
      { flags: '--meeting <meeting>', description: 'help.record.duty.meeting' },
      { flags: '--note <text>', description: 'help.record.duty.note' },
    ],
    examples: [
      `samarbeid record duty ${F} --duty arsregnskap --date 12.02.2027 --note "Sendt revisor"`,
      `samarbeid record duty ${F} --duty budsjett --date 10.12.2026 --meeting 2026-12-10-radet`,
    ],
    plan: (o, r) => (ctx) =>
      r.planDuty(ctx, {
        duty: s(o.duty),
        date: d(o.date),
        meeting: r.meetingRef(ctx, sOpt(o.meeting)),
        note: sOpt(o.note),
      }),
  },
  {
    name: 'area',
    description: 'help.record.area.description',
    options: [
      { flags: '--id <id>', description: 'help.record.area.id', required: true },
      { flags: '--title <title>', description: 'help.record.title', required: true },
    ],
    examples: [
      `samarbeid record area ${F} --id kompetansepolitikk --title "Kompetansepolitikk og kunnskapsgrunnlag"`,
    ],
    plan: (o, r) => (ctx) => r.planArea(ctx, { id: s(o.id), title: s(o.title) }),
  },
  {
    name: 'person',
    description: 'help.record.person.description',
    options: [
      { flags: '--id <id>', description: 'help.record.person.id', required: true },
      { flags: '--party <party>', description: 'help.record.person.party', required: true },
      { flags: '--role <role>', description: 'help.record.person.role', required: true },
      { flags: '--name <name>', description: 'help.record.person.name' },
      { flags: '--email <email>', description: 'help.record.person.email' },
      { flags: '--seat <label>', description: 'help.record.person.seat' },
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
        seat: sOpt(o.seat),
      }),
  },
  {
    name: 'sub-agreement',
    description: 'help.record.sub-agreement.description',
    options: [
      { flags: '--id <id>', description: 'help.record.sub-agreement.id', required: true },
      { flags: '--title <title>', description: 'help.record.title', required: true },
      { flags: '--area <area>', description: 'help.record.area' },
      { flags: '--valid-until <date>', description: 'help.record.sub-agreement.valid-until', kind: 'date' },
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
    description: 'help.record.approval.description',
    options: [
      { flags: '--sub-agreement <id>', description: 'help.record.approval.sub-agreement', required: true },
      { flags: '--party <party>', description: 'help.record.approval.party', required: true },
      DATE('help.record.approval.date'),
    ],
    examples: [
      `samarbeid record approval ${F} --sub-agreement flerpartsveiledning --party nav-vest-viken --date 20.11.2026`,
    ],
    plan: (o, r) => (ctx) =>
      r.planApproval(ctx, { subAgreement: s(o.subAgreement), party: s(o.party), date: d(o.date) }),
  },
  {
    // SPEC sections 13 and 14: a party's written notice of withdrawal.
    name: 'withdrawal',
    description: 'help.record.withdrawal.description',
    options: [
      { flags: '--party <party>', description: 'help.record.withdrawal.party', required: true },
      DATE('help.record.withdrawal.date'),
    ],
    examples: [`samarbeid record withdrawal ${F} --party nav-vest-viken --date 20.08.2026`],
    plan: (o, r) => (ctx) => r.planWithdrawal(ctx, { party: s(o.party), date: d(o.date) }),
  },
];
