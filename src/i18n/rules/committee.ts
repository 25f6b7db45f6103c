import type { Catalogue } from '../catalogue.js';

// The messages of rule committee (src/rules/committee.ts), which names them as its own.
export const committeeMessages = {
  'committee.secretariat': {
    nb: 'Samarbeidsutvalget mangler sekretariatsmedlemmet «{person}» (pkt. 4)',
    nn: 'Samarbeidsutvalet manglar sekretariatsmedlemet «{person}» (pkt. 4)',
    en: 'The committee lacks secretariat member "{person}" (clause 4)',
  },
  'committee.leader': {
    nb: 'Samarbeidsutvalget mangler «{person}», leder av arbeidsgruppen {group} (pkt. 4)',
    nn: 'Samarbeidsutvalet manglar «{person}», leiar for arbeidsgruppa {group} (pkt. 4)',
    en: 'The committee lacks "{person}", leader of working group {group} (clause 4)',
  },
} as const satisfies Catalogue;
