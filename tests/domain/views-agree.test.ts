import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, asCalendarDate, type CalendarDate, ymd } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementState } from '../../src/engine/agreement-state.js';
import type { Obligation } from '../../src/engine/obligation.js';
import { agreementStatus, isLive, obligationOf } from '../../src/engine/status.js';
import type { AgreementData, Meeting } from '../../src/model/index.js';
import { workingDays } from '../../src/plan/working-days.js';
import { type PlanEvent, yearPlan } from '../../src/plan/year-plan.js';
import { norwegianPublicHolidays } from '../../src/remind/norwegian-holidays.js';
import { reminders } from '../../src/remind/reminders.js';
import { withdrawnReminders } from '../../src/remind/withdrawn.js';
import { agreementReport } from '../../src/report/report.js';

// SPEC sections 16 and 17: for every agreement and as-of date, status, the year plan, reminders
// and the report give every subject the same deadline, state and role holders, because they all
// read one list of occurrences. Random agreements with sides, roles, terms, every cadence kind and
// every obligation kind, at random dates.

const isHoliday = norwegianPublicHolidays();
const BASE = asCalendarDate('2024-01-01');
const day = (max: number) => fc.integer({ min: 0, max }).map((n) => addDays(BASE, n));
const cadence = fc.constantFrom(
  'yearly',
  'half-yearly',
  'tertial',
  'quarterly',
  'monthly',
  '3 per year',
  '2 per quarter',
  'every 4 months',
  'every 6 weeks',
  'every 1 year',
  null,
);
const PARTIES = ['a', 'b', 'c', 'd'];

const role = fc.oneof(
  fc.constant({ rotate: 'parties' as const, per: 'meeting' as const }),
  fc.constant({ rotate: 'sides' as const, every: '2 years', from: '2023-01-01' }),
  fc.constant({ rotate: 'parties' as const, every: '1 year', from: '2024-01-01' }),
  fc.constant({ fixed: 'a' }),
);

const agreementArb = fc.record({
  parties: fc.integer({ min: 2, max: 4 }),
  sides: fc.boolean(),
  until: fc.option(day(2200), { nil: null }),
  top: cadence,
  middle: cadence,
  ssu: cadence,
  committee: cadence,
  ssuHost: role,
  ssuLeader: fc.constantFrom<'same' | 'opposite' | 'none'>('same', 'opposite', 'none'),
  group: fc.record({ meets: cadence, reporting: cadence, established: day(900), leaderHost: fc.boolean() }),
  evaluation: fc.record({ agreement: cadence, actionPlans: cadence }),
  plans: fc.array(
    fc.record({
      adopted: day(1400),
      status: fc.constantFrom('draft', 'adopted'),
      due: day(1800),
      done: fc.option(day(1800), { nil: null }),
    }),
    { maxLength: 2 },
  ),
  meetings: fc.array(
    fc.record({
      body: fc.constantFrom('top', 'middle', 'ssu', 'committee', 'gruppe'),
      date: day(1800),
      status: fc.constantFrom<Meeting['status']>('held', 'held', 'planned', 'cancelled'),
      host: fc.option(fc.constantFrom(...PARTIES), { nil: undefined }),
      action: fc.option(fc.record({ due: day(1900), done: fc.option(day(1900), { nil: null }) }), {
        nil: null,
      }),
      // SPEC section 13: none, a text, or approved some days after the meeting.
      minutes: fc.option(fc.integer({ min: -1, max: 120 }), { nil: null }),
    }),
    { maxLength: 14 },
  ),
  minutesDuty: fc.option(
    fc.record({
      days: fc.integer({ min: 0, max: 30 }),
      approval: fc.constantFrom<string | null>(null, 'next-meeting', '30 days'),
    }),
    { nil: null },
  ),
  // SPEC section 13: ssu prepares the meetings of another body ("programkomité").
  prepares: fc.option(
    fc.record({ body: fc.constantFrom('top', 'committee'), within: fc.integer({ min: 0, max: 60 }) }),
    { nil: null },
  ),
  evaluations: fc.array(day(1600), { maxLength: 3 }),
  reports: fc.array(day(1600), { maxLength: 3 }),
  subUntil: fc.option(day(1800), { nil: null }),
  term: fc.option(day(1800), { nil: null }),
  // SPEC section 13: the last party gives notice under the agreement's withdrawal terms.
  withdrawal: fc.option(
    fc.record({
      notice: day(1800),
      period: fc.constantFrom('6 months', '90 days'),
      effective: fc.constantFrom<'year-end' | 'notice'>('year-end', 'notice'),
    }),
    { nil: null },
  ),
});

type Generated = typeof agreementArb extends fc.Arbitrary<infer T> ? T : never;

/** The agreement as valid files hold it as of `asOf`: a meeting after as-of is at most planned. */
function build(a: Generated, asOf: CalendarDate): AgreementData {
  const parties = PARTIES.slice(0, a.parties).map((id, i) => ({
    id,
    name: `Part ${id.toUpperCase()}`,
    ...(a.sides ? { side: i === 0 ? 'stat' : 'kommune' } : {}),
    ...(a.withdrawal && i === a.parties - 1 ? { notice: a.withdrawal.notice } : {}),
  }));
  const ssuRoles: Record<string, unknown> = { host: a.ssuHost };
  if (a.ssuLeader === 'same') ssuRoles.leader = { same: 'host' };
  if (a.ssuLeader === 'opposite') ssuRoles.leader = { opposite: 'host' };
  const meetings: Meeting[] = a.meetings.map((m, i) => ({
    id: `${m.date}-${m.body}-${i}`,
    body: m.body,
    date: m.date,
    status: m.status === 'held' && m.date > asOf ? 'planned' : m.status,
    ...(m.host && m.host <= PARTIES[a.parties - 1]! ? { host: m.host } : {}),
    ...(m.action && m.status === 'held' && m.date <= asOf
      ? {
          actions: [
            { id: 'oppfolging', text: 'Følg opp', owner: 'a', due: m.action.due, done: m.action.done },
          ],
        }
      : {}),
    ...(m.minutes === null
      ? {}
      : {
          minutes:
            m.minutes < 0 ? 'referat.pdf' : { ref: 'referat.pdf', approved: addDays(m.date, m.minutes) },
        }),
  }));
  return {
    folder: 'random',
    agreement: {
      schemaVersion: 1,
      id: 'random',
      title: 'Tilfeldig avtale',
      parties,
      ...(a.sides
        ? {
            sides: [
              { id: 'stat', name: 'Staten' },
              { id: 'kommune', name: 'Kommunane' },
            ],
          }
        : {}),
      validity: { from: '2024-01-01', until: a.until },
      governance: {
        bodies: {
          top: { name: 'Topp', meets: a.top, host: 'rotate' },
          middle: { name: 'Midt', meets: a.middle, adopts: true },
          ssu: {
            name: 'SSU',
            meets: a.ssu,
            roles: ssuRoles,
            ...(a.prepares
              ? { prepares: { body: a.prepares.body, within: `${a.prepares.within} days` }, reportsTo: 'top' }
              : {}),
            agenda: [
              'Status',
              { item: 'Val av leiar', at: 'first-of-term' },
              { item: 'Årsmelding', at: 'first-of-year' },
            ],
          },
          committee: { name: 'Utval', meets: a.committee, host: 'rotate' },
        },
        evaluation: a.evaluation,
        ...(a.withdrawal
          ? { withdrawal: { notice: a.withdrawal.period, effective: a.withdrawal.effective } }
          : {}),
        ...(a.minutesDuty ? { minutes: a.minutesDuty } : {}),
      },
    } as AgreementData['agreement'],
    people: {
      schemaVersion: 1,
      people: [
        {
          id: 'leiar',
          party: 'a',
          role: 'Leiar',
          ...(a.term ? { term: { from: '2024-01-01', until: a.term } } : {}),
        },
      ],
      contacts: {},
      secretariat: ['leiar'],
    } as AgreementData['people'],
    workingGroups: [
      {
        id: 'gruppe',
        name: 'Gruppa',
        leader: 'leiar',
        members: ['leiar'],
        meets: a.group.meets,
        reporting: a.group.reporting,
        established: { date: a.group.established },
        reports: a.reports.map((date: string) => ({ date })),
        ...(a.group.leaderHost ? { roles: { host: { rotate: 'parties', per: 'meeting' } } } : {}),
      },
    ] as AgreementData['workingGroups'],
    actionPlans: a.plans.map((p, i) => ({
      file: `action-plans/plan-${i}.yaml`,
      value: {
        schemaVersion: 1,
        id: `plan-${i}`,
        title: `Plan ${i}`,
        owner: 'middle',
        status: p.status,
        ...(p.status === 'adopted' ? { adopted: { date: p.adopted } } : {}),
        measures: [{ id: 'tiltak', title: 'Tiltak', due: p.due, done: p.done }],
      },
    })) as AgreementData['actionPlans'],
    meetingFiles: [{ file: 'meetings/all.yaml', value: meetings }],
    subAgreements: a.subUntil ? [{ id: 'under', title: 'Underavtale', validUntil: a.subUntil }] : [],
    evaluations: a.evaluations.map((date: string) => ({ date })) as AgreementData['evaluations'],
    duties: [],
    broken: new Set(),
  };
}

/** What a plan event says of its occurrence's state, in the words of status. */
function consistent(o: Obligation, e: PlanEvent, asOf: CalendarDate): boolean {
  switch (o.state) {
    case 'unrecorded':
      // The state is the body's (a meeting of it nobody recorded); the slot is any of its.
      return true;
    case 'done':
      return e.status === 'done';
    case 'planned':
      // A deadline that a planned meeting will meet (minutes approved at the next meeting, a duty
      // at a body: SPEC section 13) is planned in the plan too.
      return e.status === 'planned';
    case 'overdue':
      return (
        (e.kind === 'deadline' && e.status === 'overdue') || e.kind === 'meeting' || e.kind === 'proposed'
      );
    case 'due-soon':
    case 'ok':
      return (
        e.kind === 'proposed' ||
        (e.kind === 'deadline' && e.status === 'open') ||
        (e.kind === 'meeting' && (e.status === 'planned' || e.date > asOf))
      );
    default:
      return false;
  }
}

/** How many prepare: obligations (SPEC section 13) the plan was compared on, over all runs. */
let preparesCompared = 0;

function check(data: AgreementData, asOf: CalendarDate): number {
  const year = Number(asOf.slice(0, 4));
  const from = ymd(year - 1, 1, 1);
  const to = ymd(year + 1, 12, 31);
  const status = agreementStatus(data, asOf, []);
  const live = isLive(agreementState(data.agreement, asOf, []));
  const tracks = occurrences(data, asOf, to);
  const plan = yearPlan({ data, asOf, from, to, days: workingDays(isHoliday, null), live, tracks });
  const byKey = new Map(plan.map((e) => [e.key, e]));
  let compared = 0;

  // The current occurrence does not depend on how far ahead the occurrences were made.
  const ahead = tracks.flatMap((t) => {
    const o = obligationOf(t, asOf, 30);
    return o && live ? [o] : [];
  });
  expect(ahead.map((o) => [o.subject, o.slot, o.deadline, o.state, o.host, o.roles])).toEqual(
    status.obligations.map((o) => [o.subject, o.slot, o.deadline, o.state, o.host, o.roles]),
  );

  for (const o of status.obligations) {
    const e = byKey.get(`random/${o.subject}/${o.slot}`);
    const track = tracks.find((t) => t.id === o.subject)!;
    const filler = track.now?.occurrence.event?.date;
    // A deadline on a non-working day shows on the working day before it; a late proposal after it.
    const inRange =
      o.deadline >= addDays(from, 20) &&
      o.deadline <= addDays(to, -40) &&
      (!filler || (filler >= from && filler <= to));
    if (!e) {
      expect(inRange, `${o.subject} ${o.slot}: no event in the plan`).toBe(false);
      continue;
    }
    compared++;
    if (o.kind === 'prepare') preparesCompared++;
    // Where nothing else is due, a meeting nobody recorded is the obligation, due on its own date;
    // as a meeting of no slot it has no deadline in the plan.
    if (e.meeting !== o.slot) expect(e.deadline, `${o.subject} ${o.slot}`).toBe(o.deadline);
    expect(consistent(o, e, asOf), `${o.subject} ${o.slot}: ${o.state} against ${e.kind}/${e.status}`).toBe(
      true,
    );
    // Holders: the next planned meeting's own, which the plan shows on that meeting.
    if (o.host !== undefined && o.planned) {
      const next = plan.find(
        (p) =>
          p.kind === 'meeting' && p.subject === o.subject && p.date === o.planned && p.status === 'planned',
      );
      if (next) expect(next.host, `${o.subject}: host of the next meeting`).toBe(o.host);
    }
    // With none planned, the holders as of as-of: those of the occurrence whose period holds as-of.
    const window = track.now?.occurrence.window;
    if (
      o.host !== undefined &&
      !o.planned &&
      e.kind !== 'meeting' &&
      window &&
      window.from <= asOf &&
      asOf <= window.to
    )
      expect(e.host, `${o.subject}: host of the proposal`).toBe(o.host);
  }

  // A meeting nobody recorded is `unrecorded` in the plan too, on its date.
  for (const o of status.obligations.filter((x) => x.state === 'unrecorded')) {
    const date = o.unrecorded!;
    if (date < from || date > to) continue;
    const mine = plan.filter((p) => p.subject === o.subject && p.kind === 'meeting' && p.date === date);
    expect(
      mine.map((p) => p.status),
      `${o.subject}: the meeting of ${date}`,
    ).toContain('unrecorded');
  }

  const reminded = reminders({ data, status, asOf, within: 60, isHoliday });
  // One UID, one event (docs/decisions.md): in the reminder file, withdrawn reminders included.
  const uids = reminded.map((r) => r.uidKey ?? r.key);
  expect(new Set(uids).size, uids.join(' ')).toBe(uids.length);
  const withdrawn = withdrawnReminders({ data, asOf, within: 60, tracks, until: to }).map((w) => w.uidKey);
  expect(new Set(withdrawn).size, withdrawn.join(' ')).toBe(withdrawn.length);
  for (const r of reminded) {
    const e = r.uidKey ? byKey.get(r.uidKey) : undefined;
    if (r.kind === 'deadline') {
      const o = status.obligations.find((x) => x.subject === r.subject)!;
      expect([r.deadline, r.state]).toEqual([o.deadline, o.state]);
      // A slot that a planned meeting fills is that meeting's, in the plan as here: the deadline is
      // the period's open slot, else (the meeting is late) a key of its own.
      const slotKey = `random/${o.subject}/${o.slot}`;
      const track = tracks.find((t) => t.id === o.subject)!;
      const filler = track.occurrences.find((x) => x.slot === o.slot)?.event;
      const taken = track.kind === 'meeting' && filler?.meeting && filler.status === 'planned';
      const open = track.occurrences.find((x) => x.period === o.period && x.event === null);
      expect(r.uidKey).toBe(
        !taken ? slotKey : open ? `random/${o.subject}/${open.slot}` : `${slotKey}/deadline`,
      );
      if (taken && filler.date >= from && filler.date <= to)
        expect(byKey.get(slotKey)?.kind, slotKey).toBe('meeting');
      // Only a late meeting leaves a deadline beside it, or a meeting unrecorded elsewhere.
      if (taken && !open && o.state !== 'unrecorded')
        expect(filler.date > o.deadline, `${slotKey}: late`).toBe(true);
      if (e && e.meeting !== o.slot) expect(e.deadline).toBe(o.deadline);
    } else if (e) {
      expect(e.meeting, `${r.subject}: the reminder and the plan name one meeting`).toBe(r.meeting);
    }
  }

  if (asOf.slice(5) !== '01-01') {
    const report = agreementReport(data, { from: ymd(year, 1, 1), to: asOf }, []);
    const facts = [
      ...report.bodies.map((b) => b.obligation),
      ...report.plans.map((p) => p.obligation),
      ...report.groups.map((g) => g.obligation),
      report.evaluation,
    ].filter((f) => f !== null);
    for (const f of facts) {
      const o = status.obligations.find((x) => x.subject === f.subject)!;
      expect([f.state, f.deadline, f.missed]).toEqual([o.state, o.deadline, o.missed]);
    }
  }
  return compared;
}

describe('views agree (SPEC sections 16 and 17)', () => {
  // Some 10 s alone; the timeout leaves room for a machine busy with other work.
  it('status, the year plan, reminders and the report give every subject the same deadline, state and holders', {
    timeout: 90_000,
  }, () => {
    let compared = 0;
    fc.assert(
      fc.property(agreementArb, fc.array(day(2000), { minLength: 1, maxLength: 4 }), (a, dates) => {
        for (const asOf of dates) compared += check(build(a, asOf), asOf);
      }),
      { numRuns: 250 },
    );
    // The plan held most current occurrences: the check compared something.
    expect(compared).toBeGreaterThan(500);
    expect(preparesCompared).toBeGreaterThan(20);
  });
});
