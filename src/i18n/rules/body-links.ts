import type { Catalogue } from '../catalogue.js';

// The messages of rule body-links (src/rules/body-links.ts), which names them as its own.
export const bodyLinksMessages = {
  'body-links.unknown': {
    nb: '{owner} viser i «{key}» til organet «{target}», men avtalen har ikke noe organ med den id-en',
    nn: '{owner} viser i «{key}» til organet «{target}», men avtalen har ikkje noko organ med den id-en',
    en: '{owner} names the body "{target}" in "{key}", but the agreement has no body with that id',
  },
  'body-links.self': {
    nb: '{owner} viser i «{key}» til seg selv; skriv id-en til et annet organ',
    nn: '{owner} viser i «{key}» til seg sjølv; skriv id-en til eit anna organ',
    en: '{owner} names itself in "{key}"; write the id of another body',
  },
  'body-links.no-meets': {
    nb: '{owner} skal forberede møtene i organet {target}, men organet har ingen «meets»; skriv hvor ofte det møtes',
    nn: '{owner} skal førebu møta i organet {target}, men organet har ingen «meets»; skriv kor ofte det møtest',
    en: '{owner} is to prepare the meetings of {target}, but {target} has no "meets"; write how often {target} meets',
  },
} as const satisfies Catalogue;
