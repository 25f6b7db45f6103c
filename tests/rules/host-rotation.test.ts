import { minimalAgreement } from '../minimal-agreement.js';
import { testRule } from './rule-tester.js';

// Clause 4: "Koordineringen av møtene på toppledernivå alternerer årlig" (top: host: rotate in
// tests/fixtures/minimal, parties part-a and part-b).
const meetings = (...rows: string[]) => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n${rows.map((r) => `  - { ${r} }`).join('\n')}\n`,
});
/** The minimal agreement with top's rotation order written: part-b first. */
const rotation = {
  'agreement.yaml': minimalAgreement(
    '    top: { name: Toppledermøte, meets: yearly, host: rotate, rotation: [part-b, part-a] }',
  ),
};
const top = (id: string, date: string, rest: string) => `id: ${id}, body: top, date: ${date}, ${rest}`;

testRule('host-rotation', {
  valid: [
    {
      name: 'hosts that alternate',
      files: meetings(
        top('a', '2026-01-10', 'status: held, host: part-a'),
        top('b', '2026-05-10', 'status: held, host: part-b'),
        top('c', '2026-09-10', 'status: held, host: part-a'),
      ),
    },
    {
      name: 'a planned meeting with the host whose turn it is',
      files: meetings(
        top('a', '2026-01-10', 'status: held, host: part-a'),
        top('b', '2026-12-01', 'status: planned, host: part-b'),
      ),
    },
    {
      name: 'the first planned meeting hosted by the first of the rotation order',
      files: { ...rotation, ...meetings(top('a', '2026-12-01', 'status: planned, host: part-b')) },
    },
    {
      name: 'a planned or cancelled meeting without a host, and a held one of a body that does not rotate',
      files: meetings(
        top('a', '2026-12-01', 'status: planned'),
        top('b', '2026-02-01', 'status: cancelled'),
        'id: c, body: middle, date: 2026-02-01, status: held',
      ),
    },
  ],
  invalid: [
    {
      name: 'one party hosts twice in a row (fixture host-repeat)',
      fixture: 'host-repeat',
      findings: [
        {
          id: 'host-rotation.repeat',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'host'],
          params: { host: 'Part A', body: 'Toppledermøte', previous: { date: '2025-10-01' } },
          shown: {
            nb: 'Part A var vertskap også for forrige møte i samme organ (01.10.2025); vertskapet skal gå på omgang (pkt. 4)',
          },
        },
      ],
    },
    {
      name: 'a cancelled meeting between does not break the repeat',
      files: meetings(
        top('a', '2026-01-10', 'status: held, host: part-a'),
        top('b', '2026-05-10', 'status: cancelled, host: part-b'),
        top('c', '2026-09-10', 'status: held, host: part-a'),
      ),
      findings: [
        {
          id: 'host-rotation.repeat',
          path: ['meetings', 2, 'host'],
          params: { host: 'Part A', body: 'Toppledermøte', previous: { date: '2026-01-10' } },
        },
      ],
    },
    {
      name: 'two meetings on one day are ordered by id, not by their place in the file',
      files: meetings(
        top('b', '2026-03-01', 'status: held, host: part-a'),
        top('a', '2026-03-01', 'status: held, host: part-a'),
      ),
      findings: [
        {
          id: 'host-rotation.repeat',
          path: ['meetings', 0, 'host'],
          params: { host: 'Part A', body: 'Toppledermøte', previous: { date: '2026-03-01' } },
        },
      ],
    },
    {
      name: 'a planned meeting with the host whose turn it is not (fixture host-planned-wrong)',
      fixture: 'host-planned-wrong',
      findings: [
        {
          id: 'host-rotation.planned',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'host'],
          params: { host: 'Part A', expected: 'Part B' },
          shown: { nb: 'Planlagt vertskap er Part A, men etter rotasjonen skal Part B ha vertskapet' },
        },
      ],
    },
    {
      name: 'the first planned meeting hosted by the party second in the rotation order',
      files: { ...rotation, ...meetings(top('a', '2026-12-01', 'status: planned, host: part-a')) },
      findings: [{ id: 'host-rotation.planned', params: { host: 'Part A', expected: 'Part B' } }],
    },
    {
      name: 'a held meeting of a rotating body without a host',
      files: meetings(top('a', '2026-03-01', 'status: held')),
      findings: [
        {
          id: 'host-rotation.no-host',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0],
          params: {
            meeting: {
              message: {
                id: 'meeting.body-date',
                params: { body: 'Toppledermøte', date: { date: '2026-03-01' } },
              },
            },
            id: 'a',
            body: 'Toppledermøte',
          },
          shown: { nb: 'Toppledermøte, møtet 01.03.2026: mangler vertskap («host»); rotasjonen trenger det' },
        },
      ],
    },
  ],
});
