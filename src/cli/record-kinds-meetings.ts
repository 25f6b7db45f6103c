import { DATE, d, F, MEETING, type RecordKind, s, sOpt } from './record-kind.js';

export const MEETINGS_KINDS: RecordKind[] = [
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
];
