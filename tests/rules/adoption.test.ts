import { describe, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { expectFindings, findingsOfCase, testRule } from './rule-tester.js';

// Clause 4: action plans "vedtas i møter på mellomledernivå": a held meeting, on the adoption date,
// of a body with adopts: true.
const PLAN = 'action-plans/plan.yaml';
const plan = (status: string, adopted?: string) => ({
  [PLAN]: `schemaVersion: 1\nid: plan\ntitle: Handlingsplan\nowner: middle\nstatus: ${status}\n${adopted ? `adopted: ${adopted}\n` : ''}`,
});
const meeting = (body: string, date: string, status = 'held') => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m, body: ${body}, date: ${date}, status: ${status}${body === 'top' ? ', host: part-a' : ''} }\n`,
});

testRule('adoption', {
  valid: [
    { name: 'a draft plan adopts nothing', files: plan('draft') },
    {
      name: 'adopted at a held meeting of a body that adopts, on its date',
      files: { ...plan('adopted', '{ date: 2026-03-01, meeting: m }'), ...meeting('middle', '2026-03-01') },
    },
    {
      name: 'an unknown meeting is left to rule reference',
      files: {
        ...plan('adopted', '{ date: 2026-03-01, meeting: nowhere }'),
        ...meeting('middle', '2026-03-01'),
      },
    },
  ],
  invalid: [
    {
      name: 'adopted without adopted',
      files: plan('adopted'),
      findings: [
        {
          id: 'adoption.missing',
          file: PLAN,
          path: ['status'],
          shown: {
            nb: 'Planen er vedtatt («status: adopted»), men mangler «adopted.date» og «adopted.meeting»',
          },
        },
      ],
    },
    {
      name: 'adopted with a date and no meeting',
      files: plan('adopted', '{ date: 2026-03-01 }'),
      findings: [{ id: 'adoption.no-meeting', file: PLAN, path: ['adopted'] }],
    },
    {
      name: 'adopted at a cancelled meeting (fixture adoption-not-held)',
      fixture: 'adoption-not-held',
      findings: [
        {
          id: 'adoption.not-held',
          path: ['adopted', 'meeting'],
          // By body and date, as status names it: the line pointed at holds the id.
          shown: {
            nb: 'Møtet som vedtok planen (Mellomledermøte, møtet 01.03.2026), er ikke registrert som holdt («status: cancelled»)',
            nn: 'Møtet som vedtok planen (Mellomledermøte, møtet 01.03.2026), er ikkje registrert som halde («status: cancelled»)',
          },
        },
      ],
    },
    {
      name: 'adopted at a meeting still planned',
      files: {
        ...plan('adopted', '{ date: 2026-12-01, meeting: m }'),
        ...meeting('middle', '2026-12-01', 'planned'),
      },
      findings: [
        {
          id: 'adoption.not-held',
          shown: {
            nb: 'Møtet som vedtok planen (Mellomledermøte, møtet 01.12.2026), er ikke registrert som holdt («status: planned»)',
          },
        },
      ],
    },
    {
      name: 'the adoption date one day after the meeting',
      files: { ...plan('adopted', '{ date: 2026-03-02, meeting: m }'), ...meeting('middle', '2026-03-01') },
      findings: [
        {
          id: 'adoption.wrong-date',
          file: PLAN,
          path: ['adopted', 'date'],
          shown: {
            nb: 'Vedtaksdatoen 02.03.2026 er ikke datoen for møtet som vedtok planen (Mellomledermøte, møtet 01.03.2026)',
            nn: 'Vedtaksdatoen 02.03.2026 er ikkje datoen for møtet som vedtok planen (Mellomledermøte, møtet 01.03.2026)',
          },
        },
      ],
    },
    {
      name: 'adopted at a meeting of a body without adopts (fixture adoption-wrong-body)',
      fixture: 'adoption-wrong-body',
      findings: [
        {
          id: 'adoption.body-cannot-adopt',
          file: 'action-plans/plan.yaml',
          path: ['adopted', 'meeting'],
        },
      ],
    },
    {
      name: 'every fault of one adoption at once, in order',
      files: {
        ...plan('adopted', '{ date: 2026-11-30, meeting: m }'),
        ...meeting('top', '2026-12-01', 'planned'),
      },
      findings: [
        { id: 'adoption.not-held' },
        { id: 'adoption.wrong-date' },
        { id: 'adoption.body-cannot-adopt' },
      ],
    },
  ],
});

// adoption.body-cannot-adopt names the body by its name, as every rule that fills {body} does.
describe('rule adoption: a body that does not adopt', () => {
  it('is named by its name', () => {
    const found = findingsOfCase(
      'adoption',
      RULES.filter((r) => r.id === 'adoption'),
      { name: 'fixture adoption-wrong-body', fixture: 'adoption-wrong-body' },
    );
    expectFindings(
      found,
      [
        {
          id: 'adoption.body-cannot-adopt',
          shown: {
            nb: 'Møtet som vedtok planen (Toppledermøte, møtet 01.03.2026), hører til et organ som ikke vedtar planer («adopts: true» mangler)',
          },
        },
      ],
      'error',
    );
  });
});
