import { testRule } from './rule-tester.js';

// SPEC section 12: an override is a one-off exception by period, which must be able to apply. The
// agreement runs from 1 January 2025 (until 1 January 2027 where said).
const withOverride = (override: string, o: { until?: boolean; roles?: string } = {}) => ({
  'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A, side: kommunane }
  - { id: part-b, name: Part B, side: helseforetaket }
sides:
  - { id: kommunane, name: Kommunane }
  - { id: helseforetaket, name: Helseforetaket }
validity:
  from: 2025-01-01${o.until ? '\n  until: 2027-01-01' : ''}
governance:
  bodies:
    top:
      name: Toppledermøte
      meets: yearly
      ${o.roles ?? 'roles:\n        leader: { rotate: parties, every: 1 year, from: 2025-01-01 }'}
      overrides:
        - { ${override} }
`,
});
const over = (period: string, rest = 'role: leader, holder: part-b') => `period: ${period}, ${rest}`;
const AT = ['governance', 'bodies', 'top', 'overrides', 0];

testRule('role-override', {
  valid: [
    { name: 'a year', files: withOverride(over('2026')) },
    { name: 'the first year of the agreement', files: withOverride(over('2025')) },
    { name: 'the last year before until', files: withOverride(over('2026'), { until: true }) },
    { name: 'an interval that ends on the first day', files: withOverride(over("'2024-12-01/2025-01-01'")) },
    { name: 'a tertial', files: withOverride(over('2026-T3')) },
    { name: 'a side as holder', files: withOverride(over('2026-H2', 'role: leader, holder: kommunane')) },
    {
      name: 'the host role of host: rotate',
      files: withOverride(over('2026-Q4', 'role: host, holder: part-a'), { roles: 'host: rotate' }),
    },
  ],
  invalid: [
    {
      name: 'a fourth tertial (fixture role-override-period)',
      fixture: 'role-override-period',
      findings: [
        {
          id: 'role-override.period',
          file: 'agreement.yaml',
          path: [...AT, 'period'],
          params: { period: '2026-T4' },
          shown: {
            nb: '«2026-T4» er ikke en gyldig periode; skriv den som «2024», «2024-H1», «2024-T2», «2024-Q3», «2024-05» eller «2024-01-01/2024-06-30»',
          },
        },
      ],
    },
    {
      name: 'a thirteenth month',
      files: withOverride(over("'2026-13'")),
      findings: [{ id: 'role-override.period', params: { period: '2026-13' } }],
    },
    {
      name: 'the year before the agreement',
      files: withOverride(over('2024')),
      findings: [
        {
          id: 'role-override.outside',
          path: [...AT, 'period'],
          params: { period: '2024' },
          shown: { nb: 'Perioden «2024» ligger utenfor tiden avtalen gjelder' },
        },
      ],
    },
    {
      name: 'an interval that ends the day before the first',
      files: withOverride(over("'2024-12-01/2024-12-31'")),
      findings: [{ id: 'role-override.outside', params: { period: '2024-12-01/2024-12-31' } }],
    },
    {
      name: 'the year that starts on until',
      files: withOverride(over('2027'), { until: true }),
      findings: [{ id: 'role-override.outside', params: { period: '2027' } }],
    },
    {
      name: 'a role the body does not have',
      files: withOverride(over('2026', 'role: host, holder: part-b')),
      findings: [
        {
          id: 'role-override.role',
          path: [...AT, 'role'],
          params: { body: 'Toppledermøte', role: 'host' },
          shown: { nb: 'Toppledermøte har ingen rolle «host»' },
        },
      ],
    },
    {
      name: 'a holder that is neither a party nor a side',
      files: withOverride(over('2026', 'role: leader, holder: part-c')),
      findings: [
        {
          id: 'role-override.holder',
          path: [...AT, 'holder'],
          params: { id: 'part-c', kind: { ref: 'kind.party-or-side' } },
          shown: { nb: '«part-c» er ikke en part eller side i avtalen' },
        },
      ],
    },
    {
      name: 'every fault of one override at once',
      files: withOverride(over('2026-T4', 'role: host, holder: part-c')),
      findings: [
        { id: 'role-override.period' },
        { id: 'role-override.role' },
        { id: 'role-override.holder' },
      ],
    },
  ],
});
