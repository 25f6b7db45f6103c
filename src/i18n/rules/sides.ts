import type { Catalogue } from '../catalogue.js';

// The messages of rule sides (src/rules/sides.ts), which names them as its own.
export const sidesMessages = {
  'sides.unknown': {
    nb: 'Siden «{side}» finnes ikke i «sides»',
    nn: 'Sida «{side}» finst ikkje i «sides»',
    en: 'There is no side "{side}" in sides',
  },
  'sides.duplicate': {
    nb: 'Siden «{side}» står to ganger i «sides»',
    nn: 'Sida «{side}» står to gonger i «sides»',
    en: 'Side "{side}" is listed twice in sides',
  },
  'sides.lead': {
    nb: '{party} kan ikke tale for siden {side}: parten hører ikke til den siden',
    nn: '{party} kan ikkje tale for sida {side}: parten høyrer ikkje til den sida',
    en: '{party} cannot speak for side {side}: it is not a party of that side',
  },
} as const satisfies Catalogue;
