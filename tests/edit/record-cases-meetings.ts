import * as r from '../../src/cli/record-run.js';
import { asCalendarDate as day } from '../../src/dates.js';
import { change, meeting, push, type RecordCase } from './record-case.js';

// The record kinds that change meetings: meeting, minutes, attendance, move, decision, action.

export const MEETING_CASES: RecordCase[] = [
  {
    name: 'meeting: a new held meeting',
    kind: 'meeting',
    args: ['--body', 'middle', '--date', '2026-12-09', '--title', 'Møte: desember #2'],
    plan: (c) =>
      r.planMeeting(c, {
        body: 'middle',
        date: day('2026-12-09'),
        status: 'held',
        title: 'Møte: desember #2',
      }),
    expected: () =>
      change((d) =>
        push(d['meetings/2026.yaml']!, 'meetings', {
          id: '2026-12-09-middle',
          body: 'middle',
          date: '2026-12-09',
          status: 'held',
          title: 'Møte: desember #2',
        }),
      ),
  },
  {
    name: 'meeting: a planned meeting held in place, with a title',
    kind: 'meeting',
    args: ['--body', 'top', '--date', '2026-12-08', '--title', 'Toppmøte 2026'],
    plan: (c) =>
      r.planMeeting(c, { body: 'top', date: day('2026-12-08'), status: 'held', title: 'Toppmøte 2026' }),
    expected: (d) => {
      const { m } = meeting(d, '2026-12-08-top');
      if (m.title && m.title !== 'Toppmøte 2026') return { kind: 'conflict' };
      return change((e) =>
        Object.assign(meeting(e, '2026-12-08-top').m, { status: 'held', title: 'Toppmøte 2026' }),
      );
    },
  },
  {
    name: 'meeting: a planned meeting cancelled in place',
    kind: 'meeting',
    args: ['--body', 'middle', '--date', '2026-12-10', '--status', 'cancelled'],
    plan: (c) => r.planMeeting(c, { body: 'middle', date: day('2026-12-10'), status: 'cancelled' }),
    expected: () => change((e) => Object.assign(meeting(e, '2026-12-10-middle').m, { status: 'cancelled' })),
  },
  {
    name: 'meeting: a new planned meeting at a time and place, with a link (SPEC section 14)',
    kind: 'meeting',
    args: [
      '--body',
      'middle',
      '--date',
      '2027-02-10',
      '--status',
      'planned',
      '--time',
      '10:00-11:30',
      '--place',
      'Rådhuset, møterom 3',
      '--online',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
    ],
    plan: (c) =>
      r.planMeeting(c, {
        body: 'middle',
        date: day('2027-02-10'),
        status: 'planned',
        time: '10:00-11:30',
        place: 'Rådhuset, møterom 3',
        online: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
      }),
    expected: () => {
      const file = 'meetings/2027.yaml';
      const entry = {
        id: '2027-02-10-middle',
        body: 'middle',
        date: '2027-02-10',
        status: 'planned',
        time: '10:00-11:30',
        place: 'Rådhuset, møterom 3',
        online: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
      };
      return change((e) => {
        e[file] ??= { schemaVersion: 1, meetings: [] };
        push(e[file]!, 'meetings', entry);
      });
    },
  },
  {
    name: 'meeting: a planned meeting given its time in place (one hour)',
    kind: 'meeting',
    args: ['--body', 'middle', '--date', '2026-12-10', '--status', 'planned', '--time', '13:00'],
    plan: (c) =>
      r.planMeeting(c, { body: 'middle', date: day('2026-12-10'), status: 'planned', time: '13:00' }),
    expected: () => change((e) => Object.assign(meeting(e, '2026-12-10-middle').m, { time: '13:00' })),
  },
  {
    name: 'meeting: already recorded',
    kind: 'meeting',
    args: ['--body', 'middle', '--date', '2026-08-20'],
    plan: (c) => r.planMeeting(c, { body: 'middle', date: day('2026-08-20'), status: 'held' }),
    expected: () => ({ kind: 'already' }),
  },
  {
    name: 'minutes: approved at the next meeting of the body, the text becomes { ref, approved, at }',
    kind: 'minutes',
    args: ['--meeting', '2026-06-04-middle', '--approved', '2026-08-20', '--at', '2026-08-20-middle'],
    plan: (c) =>
      r.planMinutes(c, {
        meeting: '2026-06-04-middle',
        approved: day('2026-08-20'),
        at: '2026-08-20-middle',
      }),
    expected: () =>
      change((e) => {
        const { m } = meeting(e, '2026-06-04-middle');
        m.minutes = { ref: m.minutes, approved: '2026-08-20', at: '2026-08-20-middle' };
      }),
  },
  {
    name: 'minutes: approved at a meeting of another body is refused',
    kind: 'minutes',
    args: ['--meeting', '2026-06-04-middle', '--approved', '2026-09-24', '--at', '2026-09-24-committee'],
    plan: (c) =>
      r.planMinutes(c, {
        meeting: '2026-06-04-middle',
        approved: day('2026-09-24'),
        at: '2026-09-24-committee',
      }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'minutes: the same ref again is already recorded',
    kind: 'minutes',
    args: ['--meeting', '2026-08-20-middle', '--ref', 'https://example.org/referater/2026-08-20-middle.pdf'],
    plan: (c) =>
      r.planMinutes(c, {
        meeting: '2026-08-20-middle',
        ref: 'https://example.org/referater/2026-08-20-middle.pdf',
      }),
    expected: () => ({ kind: 'already' }),
  },
  {
    name: 'attendance: the members present at a held meeting',
    kind: 'attendance',
    args: [
      '--meeting',
      '2026-08-20-middle',
      '--present',
      'seksjonsleder-opplaering,avdelingsdirektor-samfunn',
    ],
    plan: (c) =>
      r.planAttendance(c, {
        meeting: '2026-08-20-middle',
        present: ['seksjonsleder-opplaering', 'avdelingsdirektor-samfunn'],
      }),
    expected: () =>
      change((e) => {
        meeting(e, '2026-08-20-middle').m.attendance = [
          'seksjonsleder-opplaering',
          'avdelingsdirektor-samfunn',
        ];
      }),
  },
  {
    name: 'attendance: a planned meeting is refused',
    kind: 'attendance',
    args: ['--meeting', '2026-12-10-middle', '--present', 'sekretariat-bfk'],
    plan: (c) => r.planAttendance(c, { meeting: '2026-12-10-middle', present: ['sekretariat-bfk'] }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'attendance: someone who is no person of people.yaml is refused',
    kind: 'attendance',
    args: ['--meeting', '2026-08-20-middle', '--present', 'sekretariat-bfk,ukjent'],
    plan: (c) =>
      r.planAttendance(c, { meeting: '2026-08-20-middle', present: ['sekretariat-bfk', 'ukjent'] }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'move: within the year',
    kind: 'move',
    args: ['--meeting', '2026-12-10-middle', '--date', '2026-12-17'],
    plan: (c) => r.planMove(c, { meeting: '2026-12-10-middle', date: day('2026-12-17') }),
    expected: () => change((e) => Object.assign(meeting(e, '2026-12-10-middle').m, { date: '2026-12-17' })),
  },
  {
    name: 'move: into next year, to a new file',
    kind: 'move',
    args: ['--meeting', '2026-12-08-top', '--date', '2027-01-12'],
    plan: (c) => r.planMove(c, { meeting: '2026-12-08-top', date: day('2027-01-12') }),
    expected: () =>
      change((e) => {
        const { list, m } = meeting(e, '2026-12-08-top');
        list.splice(list.indexOf(m), 1);
        e['meetings/2027.yaml'] = { schemaVersion: 1, meetings: [{ ...m, date: '2027-01-12' }] };
      }),
  },
  ...['2026-08-20-middle', '2026-12-08-top'].map(
    (id): RecordCase => ({
      name: `decision: at ${id}`,
      kind: 'decision',
      args: ['--meeting', id, '--text', 'Vedtatt: ny rutine # 1', '--id', 'ny-rutine'],
      plan: (c) => r.planDecision(c, { meeting: id, text: 'Vedtatt: ny rutine # 1', id: 'ny-rutine' }),
      expected: () =>
        change((e) =>
          push(meeting(e, id).m, 'decisions', { id: 'ny-rutine', text: 'Vedtatt: ny rutine # 1' }),
        ),
    }),
  ),
  {
    name: 'decision: that fulfils a duty (SPEC section 13)',
    kind: 'decision',
    args: [
      '--meeting',
      '2026-08-20-middle',
      '--text',
      'Årsrapporten er sendt',
      '--id',
      'arsrapport-sendt',
      '--fulfils',
      'arsrapport',
    ],
    plan: (c) =>
      r.planDecision(c, {
        meeting: '2026-08-20-middle',
        text: 'Årsrapporten er sendt',
        id: 'arsrapport-sendt',
        fulfils: 'arsrapport',
      }),
    expected: () =>
      change((e) =>
        push(meeting(e, '2026-08-20-middle').m, 'decisions', {
          id: 'arsrapport-sendt',
          text: 'Årsrapporten er sendt',
          fulfils: 'arsrapport',
        }),
      ),
  },
  {
    name: 'duty: done outside a meeting, in duties.yaml (made when it is not there)',
    kind: 'duty',
    args: ['--duty', 'arsrapport', '--date', '2026-12-09', '--note', 'Sendt: alle parter # 3'],
    plan: (c) =>
      r.planDuty(c, { duty: 'arsrapport', date: day('2026-12-09'), note: 'Sendt: alle parter # 3' }),
    expected: () =>
      change((e) => {
        e['duties.yaml'] ??= { schemaVersion: 1, done: [] };
        push(e['duties.yaml']!, 'done', {
          duty: 'arsrapport',
          date: '2026-12-09',
          note: 'Sendt: alle parter # 3',
        });
      }),
  },
  {
    name: 'duty: the same day again is already recorded',
    kind: 'duty',
    args: ['--duty', 'arsrapport', '--date', '2026-02-20'],
    plan: (c) => r.planDuty(c, { duty: 'arsrapport', date: day('2026-02-20') }),
    expected: (d) =>
      d['duties.yaml']
        ? { kind: 'already' }
        : change((e) => {
            e['duties.yaml'] = { schemaVersion: 1, done: [{ duty: 'arsrapport', date: '2026-02-20' }] };
          }),
  },
  {
    name: 'duty: one the agreement does not have is refused',
    kind: 'duty',
    args: ['--duty', 'arsrapporten', '--date', '2026-12-09'],
    plan: (c) => r.planDuty(c, { duty: 'arsrapporten', date: day('2026-12-09') }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'action: at a meeting with actions',
    kind: 'action',
    args: [
      '--meeting',
      '2026-06-04-middle',
      '--text',
      'Ny oppfølging',
      '--owner',
      'nav-vest-viken',
      '--due',
      '2027-03-01',
      '--id',
      'ny',
    ],
    plan: (c) =>
      r.planAction(c, {
        meeting: '2026-06-04-middle',
        text: 'Ny oppfølging',
        owner: 'nav-vest-viken',
        due: day('2027-03-01'),
        id: 'ny',
      }),
    expected: () =>
      change((e) =>
        push(meeting(e, '2026-06-04-middle').m, 'actions', {
          id: 'ny',
          text: 'Ny oppfølging',
          owner: 'nav-vest-viken',
          due: '2027-03-01',
        }),
      ),
  },
];
