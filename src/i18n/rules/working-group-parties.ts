import type { Catalogue } from '../catalogue.js';

// The messages of rule working-group-parties (src/rules/working-group-parties.ts), which names them as its own.
export const workingGroupPartiesMessages = {
  'working-group-parties.single': {
    nb: 'Arbeidsgruppen {group} har bare medlemmer fra {parties}; avtalen vil ha grupper på tvers av organisasjonene (pkt. 4)',
    nn: 'Arbeidsgruppa {group} har berre medlemer frå {parties}; avtalen vil ha grupper på tvers av organisasjonane (pkt. 4)',
    en: 'Working group {group} only has members from {parties}; the agreement wants groups across the organisations (clause 4)',
  },
} as const satisfies Catalogue;
