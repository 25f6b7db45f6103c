import { DATE, d, dOpt, F, MEETING, type RecordKind, s, sOpt } from './record-kind.js';

export const MEETINGS_KINDS: RecordKind[] = [
  {
    name: 'meeting',
    description: 'help.record.meeting.description',
    options: [
      { flags: '--body <body>', description: 'help.record.meeting.body', required: true },
      DATE('help.record.date'),
      {
        flags: '--status <status>',
        description: 'help.record.meeting.status',
        choices: ['held', 'planned', 'cancelled'],
        default: 'held',
      },
      {
        flags: '--host <party>',
        description: 'help.record.meeting.host',
      },
      { flags: '--id <id>', description: 'help.record.meeting.id' },
      { flags: '--title <title>', description: 'help.record.meeting.title' },
      { flags: '--minutes <ref>', description: 'help.record.meeting.minutes' },
      { flags: '--time <time>', description: 'help.record.meeting.time' },
      { flags: '--place <text>', description: 'help.record.meeting.place' },
      { flags: '--online <url>', description: 'help.record.meeting.online' },
    ],
    examples: [
      `samarbeid record meeting ${F} --body top --date 08.12.2026`,
      `samarbeid record meeting ${F} --body middle --date 2027-02-10 --status planned`,
      `samarbeid record meeting ${F} --body middle --date 2027-02-10 --status planned --time 10:00-11:30 --place "Rådhuset, møterom 3"`,
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
        time: sOpt(o.time),
        place: sOpt(o.place),
        online: sOpt(o.online),
      }),
  },
  {
    name: 'minutes',
    description: 'help.record.minutes.description',
    options: [
      MEETING,
      { flags: '--ref <ref>', description: 'help.record.minutes.ref' },
      { flags: '--approved <date>', description: 'help.record.minutes.approved', kind: 'date' },
      { flags: '--at <meeting>', description: 'help.record.minutes.at' },
    ],
    examples: [
      `samarbeid record minutes ${F} --meeting 2026-12-10-middle --ref https://example.org/referater/2026-12-10-middle.pdf`,
      `samarbeid record minutes ${F} --meeting 2026-06-04-middle --approved 20.08.2026 --at 2026-08-20-middle`,
    ],
    plan: (o, r) => (ctx) =>
      r.planMinutes(ctx, {
        meeting: r.meetingRef(ctx, s(o.meeting)),
        ref: sOpt(o.ref),
        approved: dOpt(o.approved),
        at: r.meetingRef(ctx, sOpt(o.at)),
      }),
  },
  {
    name: 'attendance',
    description: 'help.record.attendance.description',
    options: [
      MEETING,
      {
        flags: '--present <people>',
        description: 'help.record.attendance.present',
        required: true,
        kind: 'list',
      },
    ],
    examples: [
      `samarbeid record attendance ${F} --meeting 2026-08-20-middle --present seksjonsleder-opplaering,avdelingsdirektor-samfunn`,
    ],
    plan: (o, r) => (ctx) =>
      r.planAttendance(ctx, { meeting: r.meetingRef(ctx, s(o.meeting)), present: o.present as string[] }),
  },
  {
    name: 'cancel',
    description: 'help.record.cancel.description',
    options: [MEETING, { flags: '--reason <text>', description: 'help.record.cancel.reason' }],
    examples: [`samarbeid record cancel ${F} --meeting middle@10.12.2026 --reason "For få kunne møte"`],
    plan: (o, r) => (ctx) =>
      r.planCancel(ctx, { meeting: r.meetingRef(ctx, s(o.meeting)), reason: sOpt(o.reason) }),
  },
  {
    name: 'move',
    description: 'help.record.move.description',
    options: [MEETING, DATE('help.record.move.date')],
    examples: [`samarbeid record move ${F} --meeting 2026-12-08-top --date 15.12.2026`],
    plan: (o, r) => (ctx) => r.planMove(ctx, { meeting: r.meetingRef(ctx, s(o.meeting)), date: d(o.date) }),
  },
  {
    name: 'decision',
    description: 'help.record.decision.description',
    options: [
      MEETING,
      { flags: '--text <text>', description: 'help.record.decision.text', required: true },
      { flags: '--id <id>', description: 'help.record.decision.id' },
      { flags: '--adopts <id>', description: 'help.record.decision.adopts' },
      { flags: '--fulfils <duty>', description: 'help.record.decision.fulfils' },
    ],
    examples: [
      `samarbeid record decision ${F} --meeting 2026-08-20-middle --text "Avtalen videreføres uten endringer"`,
    ],
    plan: (o, r) => (ctx) =>
      r.planDecision(ctx, {
        meeting: r.meetingRef(ctx, s(o.meeting)),
        text: s(o.text),
        id: sOpt(o.id),
        adopts: sOpt(o.adopts),
        fulfils: sOpt(o.fulfils),
      }),
  },
  {
    name: 'action',
    description: 'help.record.action.description',
    options: [
      MEETING,
      { flags: '--text <text>', description: 'help.record.action.text', required: true },
      { flags: '--owner <party-or-person>', description: 'help.record.action.owner', required: true },
      { flags: '--due <date>', description: 'help.record.due', required: true, kind: 'date' },
      { flags: '--id <id>', description: 'help.record.action.id' },
    ],
    examples: [
      `samarbeid record action ${F} --meeting 2026-08-20-middle --text "Felles kartlegging av målgruppen" --owner nav-vest-viken --due 01.03.2027`,
    ],
    plan: (o, r) => (ctx) =>
      r.planAction(ctx, {
        meeting: r.meetingRef(ctx, s(o.meeting)),
        text: s(o.text),
        owner: s(o.owner),
        due: d(o.due),
        id: sOpt(o.id),
      }),
  },
];
