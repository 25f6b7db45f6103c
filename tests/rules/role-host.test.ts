import { testRule } from './rule-tester.js';

// SPEC section 12: a meeting's host agrees with the body's host role. The role passes from part-a
// (2025) to part-b (2026) on 1 January 2026; with sides, from kommunane to helseforetaket.
const agreement = (sides: boolean) => ({
  'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A${sides ? ', side: kommunane' : ''} }
  - { id: part-b, name: Part B${sides ? ', side: helseforetaket' : ''} }
${sides ? 'sides:\n  - { id: kommunane, name: Kommunane }\n  - { id: helseforetaket, name: Helseforetaket }\n' : ''}validity:
  from: 2025-01-01
governance:
  bodies:
    top:
      name: Toppledermøte
      meets: yearly
      roles:
        host: { rotate: ${sides ? 'sides' : 'parties'}, every: 1 year, from: 2025-01-01 }
`,
});
const hosted = (date: string, host: string | null, status = 'held') => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m, body: top, date: ${date}, status: ${status}${host ? `, host: ${host}` : ''} }\n`,
});
const date = (d: string) => ({ date: d });

testRule('role-host', {
  valid: [
    {
      name: 'the holder of 2025 hosts on its last day',
      files: { ...agreement(false), ...hosted('2025-12-31', 'part-a') },
    },
    {
      name: 'the holder of 2026 hosts on its first day',
      files: { ...agreement(false), ...hosted('2026-01-01', 'part-b') },
    },
    {
      name: 'a party of the side whose turn it is',
      files: { ...agreement(true), ...hosted('2026-03-01', 'part-b') },
    },
    {
      name: 'a cancelled meeting is not judged',
      files: { ...agreement(false), ...hosted('2026-03-01', 'part-a', 'cancelled') },
    },
    {
      name: 'a meeting without a host is not judged',
      files: { ...agreement(false), ...hosted('2026-03-01', null) },
    },
    { name: 'a body without a host role (minimal)', files: hosted('2026-03-01', 'part-a') },
  ],
  invalid: [
    {
      name: 'the holder of last year hosts (fixture role-host-wrong)',
      fixture: 'role-host-wrong',
      findings: [
        {
          id: 'role-host.other',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'host'],
          params: { host: 'Part A', expected: 'Part B', date: date('2026-03-01') },
          shown: { nb: 'Vertskapet er Part A, men etter rollen «host» skal Part B ha vertskapet 01.03.2026' },
        },
      ],
    },
    {
      name: 'the holder of 2025 hosts on the first day of 2026',
      files: { ...agreement(false), ...hosted('2026-01-01', 'part-a') },
      findings: [
        { id: 'role-host.other', params: { host: 'Part A', expected: 'Part B', date: date('2026-01-01') } },
      ],
    },
    {
      name: 'a planned meeting is judged too',
      files: { ...agreement(false), ...hosted('2026-12-01', 'part-a', 'planned') },
      findings: [{ id: 'role-host.other', path: ['meetings', 0, 'host'] }],
    },
    {
      name: 'a party of the other side, the side named',
      files: { ...agreement(true), ...hosted('2026-03-01', 'part-a') },
      findings: [
        {
          id: 'role-host.other',
          params: { host: 'Part A', expected: 'Helseforetaket', date: date('2026-03-01') },
        },
      ],
    },
  ],
});
