import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { AgreementData, Body } from '../../src/model/index.js';
import { draftAgenda } from '../../src/remind/agenda.js';
import { reminders } from '../../src/remind/reminders.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 13: agenda items `{ item, at }` go on the meetings of their occasion, and a body or
// working group that reports to another has its report on that body's draft agendas.
const AGENDA: Body['agenda'] = [
  'Status',
  { item: 'Val av leiar', at: 'first-of-term' },
  { item: 'Årsmelding', at: 'first-of-year' },
  { item: 'Budsjett', at: 'last-of-year' },
  { item: 'Orientering', at: 'every' },
];

function ssu(extra: Partial<Body> = {}) {
  const data = makeData({
    meetings: [
      { body: 'ssu', date: '2026-11-10', id: 'nov-26' },
      { body: 'ssu', date: '2027-02-10', id: 'feb' },
      { body: 'ssu', date: '2027-05-10', id: 'mai', status: 'planned' },
      { body: 'ssu', date: '2027-11-10', id: 'nov', status: 'planned' },
      { body: 'ssu', date: '2027-12-01', id: 'des', status: 'cancelled' },
      { body: 'ssu', date: '2028-02-10', id: 'feb-28', status: 'planned' },
    ],
  });
  data.agreement.governance.bodies.ssu = {
    name: 'SSU',
    meets: '4 per year',
    // Two-year terms of the leader from 2026: a new term on 1 January 2028.
    roles: { leader: { rotate: 'parties', every: '2 years', from: '2026-01-01' } },
    agenda: AGENDA,
    ...extra,
  };
  return data;
}

const texts = (data: AgreementData, body: string, id: string | null, date: string) =>
  draftAgenda(data, [], body, d(date), { id, date: d(date) })
    .filter((m) => m.id === 'agenda.text')
    .map((m) => m.params?.text);

describe('agenda occasions (SPEC section 13)', () => {
  it('first-of-year, last-of-year and first-of-term by the body’s held and planned meetings', () => {
    const data = ssu();
    expect(texts(data, 'ssu', 'feb', '2027-02-10')).toEqual(['Status', 'Årsmelding', 'Orientering']);
    expect(texts(data, 'ssu', 'mai', '2027-05-10')).toEqual(['Status', 'Orientering']);
    // The cancelled meeting of December does not count: November is the year's last.
    expect(texts(data, 'ssu', 'nov', '2027-11-10')).toEqual(['Status', 'Budsjett', 'Orientering']);
    expect(texts(data, 'ssu', 'feb-28', '2028-02-10')).toEqual([
      'Status',
      'Val av leiar',
      'Årsmelding',
      'Budsjett',
      'Orientering',
    ]);
  });

  it('without a meeting only the items of every meeting; a leader without terms has no first-of-term', () => {
    const data = ssu();
    const plain = draftAgenda(data, [], 'ssu', d('2027-02-10')).filter((m) => m.id === 'agenda.text');
    expect(plain.map((m) => m.params?.text)).toEqual(['Status', 'Orientering']);
    const fixed = ssu({ roles: { leader: { fixed: 'part-a' } } });
    expect(texts(fixed, 'ssu', 'feb-28', '2028-02-10')).not.toContain('Val av leiar');
  });

  it('members’ terms start a term too, where the body names members', () => {
    const data = ssu({ roles: null, members: ['per'] } as Partial<Body>);
    data.people = {
      schemaVersion: 1,
      people: [
        { id: 'per', party: 'part-a', role: 'Medlem', term: { from: '2027-03-01', until: '2031-02-28' } },
      ],
      contacts: {},
      secretariat: [],
    } as unknown as AgreementData['people'];
    expect(texts(data, 'ssu', 'mai', '2027-05-10')).toContain('Val av leiar');
    expect(texts(data, 'ssu', 'nov', '2027-11-10')).not.toContain('Val av leiar');
  });

  it('a meeting not planned yet, on the suggested date: the year’s first, and its last when its period closes the year', () => {
    const data = makeData();
    data.agreement.governance.bodies.top = { ...data.agreement.governance.bodies.top!, agenda: AGENDA };
    const status = agreementStatus(data, d('2025-11-22'), []);
    const [top] = reminders({
      data,
      status,
      asOf: d('2025-11-22'),
      within: 60,
      isHoliday: () => false,
    }).filter((r) => r.subject === 'meeting:top');
    expect(top).toMatchObject({ kind: 'deadline', deadline: '2025-12-31', suggested: '2025-12-08' });
    // top has no leader role with terms: no first-of-term.
    expect(top!.agenda.map((m) => m.params?.text ?? m.id)).toEqual([
      'Status',
      'Årsmelding',
      'Budsjett',
      'Orientering',
    ]);
  });
});

describe('the year’s last meeting of a body that must meet again', () => {
  // `2 per year`: a planned April meeting is not the last while the year needs another meeting,
  // even when no later one is planned yet; a planned November meeting that fills the last slot is.
  const agendaOf = (meetings: Array<{ id: string; date: string }>, id: string) => {
    const data = makeData({
      meetings: meetings.map((m) => ({ ...m, body: 'rep', status: 'planned' as const })),
    });
    data.agreement.governance.bodies.rep = {
      name: 'Representantskapet',
      meets: '2 per year',
      agenda: AGENDA,
    };
    const asOf = d('2027-03-25');
    const list = reminders({
      data,
      status: agreementStatus(data, asOf, []),
      asOf,
      within: 250,
      isHoliday: () => false,
    });
    return list.find((r) => r.meeting === id)!.agenda.map((m) => m.params?.text ?? m.id);
  };

  it('is not the one meeting planned so far, when the year needs another', () => {
    expect(agendaOf([{ id: 'apr', date: '2027-04-20' }], 'apr')).not.toContain('Budsjett');
  });

  it('is the meeting that fills the year’s last slot', () => {
    const both = [
      { id: 'apr', date: '2027-04-20' },
      { id: 'nov', date: '2027-11-09' },
    ];
    expect(agendaOf(both, 'apr')).not.toContain('Budsjett');
    expect(agendaOf(both, 'nov')).toContain('Budsjett');
  });
});

describe('reportsTo on draft agendas (SPEC section 13)', () => {
  const report = (data: AgreementData, asOf: string) => agreementStatus(data, d(asOf), []).obligations;
  function withGroup(reportsTo?: string, all?: string) {
    const data = makeData({
      workingGroups: [
        {
          id: 'gruppe',
          name: 'Gruppa',
          leader: 'x',
          members: [],
          reporting: 'yearly',
          ...(reportsTo ? { reportsTo } : {}),
        },
      ] as AgreementData['workingGroups'],
    });
    if (all) data.agreement.governance.workingGroups = { reportsTo: all };
    return data;
  }
  const reports = (data: AgreementData, body: string) =>
    draftAgenda(data, report(data, '2025-12-01'), body, d('2025-12-31'))
      .filter((m) => m.id === 'agenda.report' || m.id === 'agenda.report-from')
      .map((m) => [m.id, m.params?.group ?? m.params?.body]);

  it('a working group reports to the body that adopts plans by default, else where reportsTo says', () => {
    expect(reports(withGroup(), 'middle')).toEqual([['agenda.report', 'Gruppa']]);
    expect(reports(withGroup(), 'top')).toEqual([]);
    expect(reports(withGroup('top'), 'top')).toEqual([['agenda.report', 'Gruppa']]);
    expect(reports(withGroup('top'), 'middle')).toEqual([]);
    expect(reports(withGroup(undefined, 'top'), 'top')).toEqual([['agenda.report', 'Gruppa']]);
    expect(reports(withGroup('middle', 'top'), 'middle')).toEqual([['agenda.report', 'Gruppa']]);
  });

  it('a body that reports to another is on every draft agenda of that body, and only there', () => {
    const data = makeData();
    data.agreement.governance.bodies.middle = {
      ...data.agreement.governance.bodies.middle!,
      reportsTo: 'top',
    };
    expect(reports(data, 'top')).toEqual([['agenda.report-from', 'Midt']]);
    expect(reports(data, 'middle')).toEqual([]);
  });
});

describe('prepares on the preparing body’s draft agendas (SPEC section 13)', () => {
  it('a meeting in the window of a meeting still to prepare has its preparation on the agenda', () => {
    const data = makeData({ meetings: [{ body: 'top', date: '2025-06-15', id: 'topp', status: 'planned' }] });
    const bodies = data.agreement.governance.bodies;
    bodies.middle = { ...bodies.middle!, prepares: { body: 'top', within: '30 days' } };
    const obligations = agreementStatus(data, d('2025-05-01'), []).obligations;
    const items = (date: string) =>
      draftAgenda(data, obligations, 'middle', d(date), { id: null, date: d(date) }).filter(
        (m) => m.id === 'agenda.prepare',
      );
    expect(items('2025-06-01')).toEqual([
      {
        id: 'agenda.prepare',
        params: {
          meeting: {
            message: { id: 'meeting.body-date', params: { body: 'Topp', date: { date: '2025-06-15' } } },
          },
        },
      },
    ]);
    expect(items('2025-05-15')).toEqual([]);
    expect(draftAgenda(data, obligations, 'top', d('2025-06-15')).map((m) => m.id)).not.toContain(
      'agenda.prepare',
    );
  });
});
