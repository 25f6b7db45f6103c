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
      { flags: '--party <party>', description: 'help.record.person.party' },
      { flags: '--role <role>', description: 'help.record.person.role' },
      { flags: '--name <name>', description: 'help.record.person.name' },
      { flags: '--email <email>', description: 'help.record.person.email' },
      { flags: '--seat <label>', description: 'help.record.person.seat' },
      { flags: '--term-from <date>', description: 'help.record.person.term-from', kind: 'date' },
      { flags: '--term-until <date>', description: 'help.record.person.term-until', kind: 'date' },
    ],
    examples: [
      `samarbeid record person ${F} --id radgiver-nav --party nav-vest-viken --role "Rådgiver, samfunnsenheten"`,
      `samarbeid record person ${F} --id seksjonsleder-opplaering --name "Kari Nordmann" --email kari.nordmann@example.org`,
    ],
    plan: (o, r) => (ctx) =>
      r.planPerson(ctx, {
        id: s(o.id),
        party: sOpt(o.party),
        role: sOpt(o.role),
        name: sOpt(o.name),
        email: sOpt(o.email),
        seat: sOpt(o.seat),
        termFrom: dOpt(o.termFrom),
        termUntil: dOpt(o.termUntil),
      }),
  },
  {
    name: 'contact',
    description: 'help.record.contact.description',
    options: [
      { flags: '--party <party>', description: 'help.record.contact.party', required: true },
      { flags: '--person <id>', description: 'help.record.contact.person', required: true },
    ],
    examples: [`samarbeid record contact ${F} --party buskerud-fk --person seksjonsleder-opplaering`],
    plan: (o, r) => (ctx) => r.planContact(ctx, { party: s(o.party), person: s(o.person) }),
  },
  {
    name: 'secretariat',
    description: 'help.record.secretariat.description',
    options: [
      { flags: '--person <id>', description: 'help.record.secretariat.person', required: true },
      { flags: '--replaces <id>', description: 'help.record.secretariat.replaces' },
      { flags: '--remove', description: 'help.record.secretariat.remove' },
    ],
    examples: [`samarbeid record secretariat ${F} --person radgiver-nav --replaces sekretariat-nav`],
    plan: (o, r) => (ctx) =>
      r.planSecretariat(ctx, { person: s(o.person), replaces: sOpt(o.replaces), remove: o.remove === true }),
  },
  {
    name: 'member',
    description: 'help.record.member.description',
    options: [
      { flags: '--person <id>', description: 'help.record.member.person', required: true },
      { flags: '--body <body>', description: 'help.record.member.body' },
      { flags: '--committee', description: 'help.record.member.committee' },
      { flags: '--group <group>', description: 'help.record.member.group' },
      { flags: '--remove', description: 'help.record.member.remove' },
    ],
    examples: [
      `samarbeid record member ${F} --committee --person oppfolgingstjenesten`,
      `samarbeid record member ${F} --group ungdom-opplaering --person veileder-nav-1 --remove`,
    ],
    plan: (o, r) => (ctx) =>
      r.planMember(ctx, {
        person: s(o.person),
        body: sOpt(o.body),
        committee: o.committee === true,
        group: sOpt(o.group),
        remove: o.remove === true,
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
  {
    // SPEC section 14: what was recorded by mistake, taken out; refused while something refers to it.
    name: 'remove',
    description: 'help.record.remove.description',
    options: [
      { flags: '--meeting <meeting>', description: 'help.record.remove.meeting' },
      { flags: '--decision <meeting/id>', description: 'help.record.remove.decision' },
      { flags: '--action <meeting/id>', description: 'help.record.remove.action' },
      { flags: '--measure <plan/id>', description: 'help.record.remove.measure' },
      { flags: '--report <group/date>', description: 'help.record.remove.report' },
      { flags: '--evaluation <date|plan@date>', description: 'help.record.remove.evaluation' },
      { flags: '--person <id>', description: 'help.record.remove.person' },
    ],
    examples: [
      `samarbeid record remove ${F} --decision middle@10.12.2026/sak-1`,
      `samarbeid record remove ${F} --report ungdom-opplaering/20.11.2026`,
      `samarbeid record remove ${F} --evaluation handlingsplan-samarbeidsutvalget@09.02.2027`,
    ],
    plan: (o, r) => (ctx) =>
      r.planRemove(ctx, {
        meeting: r.meetingRef(ctx, sOpt(o.meeting)),
        decision: r.meetingPathRef(ctx, sOpt(o.decision)),
        action: r.meetingPathRef(ctx, sOpt(o.action)),
        measure: sOpt(o.measure),
        report: sOpt(o.report),
        evaluation: sOpt(o.evaluation),
        person: sOpt(o.person),
      }),
  },
  {
    // SPEC section 14: the last change of a record in this folder, reversed; one level.
    name: 'undo',
    description: 'help.record.undo.description',
    options: [],
    examples: [`samarbeid record undo ${F}`],
    plan: (_o, r) => (ctx) => r.planUndo(ctx),
  },
];
