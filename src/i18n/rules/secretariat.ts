import type { Catalogue } from '../catalogue.js';

// The messages of rule secretariat (src/rules/secretariat.ts), which names them as its own.
export const secretariatMessages = {
  'secretariat.none': {
    nb: 'Sekretariatet mangler et medlem fra {party} (pkt. 4)',
    nn: 'Sekretariatet manglar eit medlem frå {party} (pkt. 4)',
    en: 'The secretariat has no member from {party} (clause 4)',
  },
  'secretariat.several': {
    nb: 'Sekretariatet har {count} medlemmer fra {party}; avtalen sier ett (pkt. 4)',
    nn: 'Sekretariatet har {count} medlemer frå {party}; avtalen seier eitt (pkt. 4)',
    en: 'The secretariat has {count} members from {party}; the agreement says one (clause 4)',
  },
  'secretariat.no-side': {
    nb: 'Sekretariatet mangler et medlem fra siden {side}',
    nn: 'Sekretariatet manglar eit medlem frå sida {side}',
    en: 'The secretariat has no member from side {side}',
  },
  'secretariat.rotation-none': {
    nb: 'Sekretariatet går på omgang, men ingen i sekretariatet kommer fra {holder}, som skal ha det etter tur',
    nn: 'Sekretariatet går på omgang, men ingen i sekretariatet kjem frå {holder}, som skal ha det etter tur',
    en: 'The secretariat rotates, but no one in the secretariat is from {holder}, whose turn it will be',
  },
} as const satisfies Catalogue;
