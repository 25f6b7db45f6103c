import { testRule } from './rule-tester.js';

// SPEC section 12: parties belong to sides (the municipalities and the health trust).
const withSides = (parties: [string, string], sides: string[]) => ({
  'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A${parties[0]} }
  - { id: part-b, name: Part B${parties[1]} }
${sides.length > 0 ? `sides:\n${sides.map((s) => `  - { ${s} }`).join('\n')}\n` : ''}validity:
  from: 2025-01-01
governance:
  bodies:
    top: { name: Toppledermøte, meets: yearly, host: rotate }
`,
});
const KOMMUNANE = 'id: kommunane, name: Kommunane';
const HF = 'id: helseforetaket, name: Helseforetaket';
const sided: [string, string] = [', side: kommunane', ', side: helseforetaket'];

testRule('sides', {
  valid: [
    { name: 'no sides (minimal)', files: {} },
    {
      name: 'each party on a side, each side led by its own party',
      files: withSides(sided, [`${KOMMUNANE}, lead: part-a`, `${HF}, lead: part-b`]),
    },
    {
      name: 'a side without a party or a lead',
      files: withSides(sided, [KOMMUNANE, HF, 'id: andre, name: Andre']),
    },
  ],
  invalid: [
    {
      name: 'a party of a side that is not there (fixture side-unknown)',
      fixture: 'side-unknown',
      findings: [
        {
          id: 'sides.unknown',
          file: 'agreement.yaml',
          path: ['parties', 1, 'side'],
          params: { side: 'sykehuset' },
          shown: { nb: 'Siden «sykehuset» finnes ikke i «sides»' },
        },
      ],
    },
    {
      name: 'a side where there are no sides',
      files: withSides([', side: kommunane', ''], []),
      findings: [{ id: 'sides.unknown', path: ['parties', 0, 'side'], params: { side: 'kommunane' } }],
    },
    {
      name: 'one side twice',
      files: withSides(sided, [KOMMUNANE, HF, 'id: kommunane, name: Kommunane igjen']),
      findings: [
        {
          id: 'sides.duplicate',
          path: ['sides', 2, 'id'],
          params: { side: 'kommunane' },
          shown: { nb: 'Siden «kommunane» står to ganger i «sides»' },
        },
      ],
    },
    {
      name: 'a side led by a party of the other side',
      files: withSides(sided, [`${KOMMUNANE}, lead: part-b`, HF]),
      findings: [
        {
          id: 'sides.lead',
          path: ['sides', 0, 'lead'],
          params: { party: 'Part B', side: 'Kommunane' },
          shown: { nb: 'Part B kan ikke tale for siden Kommunane: parten hører ikke til den siden' },
        },
      ],
    },
    {
      name: 'a side led by a party that is not there, by its id',
      files: withSides(sided, [KOMMUNANE, `${HF}, lead: part-c`]),
      findings: [
        { id: 'sides.lead', path: ['sides', 1, 'lead'], params: { party: 'part-c', side: 'Helseforetaket' } },
      ],
    },
  ],
});
