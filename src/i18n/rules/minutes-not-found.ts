import type { Catalogue } from '../catalogue.js';

// The messages of rule minutes-not-found (src/rules/minutes-not-found.ts), which names them as its own.
export const minutesNotFoundMessages = {
  'minutes-not-found.missing': {
    nb: 'Referatet «{path}» finnes ikke: en sti i «minutes» leses fra avtalemappen; legg filen der, rett stien eller skriv en lenke (https://…)',
    nn: 'Referatet «{path}» finst ikkje: ein sti i «minutes» vert lesen frå avtalemappa; legg fila der, rett stien eller skriv ei lenkje (https://…)',
    en: 'The minutes "{path}" do not exist: a path in "minutes" is read from the agreement folder; put the file there, correct the path or give a link (https://…)',
  },
  'minutes-not-found.outside': {
    nb: 'Referatet «{path}» ligger utenfor avtalemappen og blir ikke sjekket; legg det i avtalemappen eller skriv en lenke (https://…)',
    nn: 'Referatet «{path}» ligg utanfor avtalemappa og vert ikkje sjekka; legg det i avtalemappa eller skriv ei lenkje (https://…)',
    en: 'The minutes "{path}" lie outside the agreement folder and are not checked; put them in the agreement folder or give a link (https://…)',
  },
  'minutes-not-found.absolute': {
    nb: 'Referatet «{path}» har en absolutt sti, som bare finnes på én maskin; skriv stien fra avtalemappen (for eksempel referat/2026-03-04.pdf) eller en lenke (https://…)',
    nn: 'Referatet «{path}» har ein absolutt sti, som berre finst på éi maskin; skriv stien frå avtalemappa (til dømes referat/2026-03-04.pdf) eller ei lenkje (https://…)',
    en: 'The minutes "{path}" have an absolute path, which exists on one machine only; give the path from the agreement folder (such as referat/2026-03-04.pdf) or a link (https://…)',
  },
  'minutes-not-found.not-a-file': {
    nb: 'Referatet «{path}» er ikke en vanlig fil, men {kind}; skriv stien til selve referatet',
    nn: 'Referatet «{path}» er ikkje ei vanleg fil, men {kind}; skriv stien til sjølve referatet',
    en: 'The minutes "{path}" are not a regular file but {kind}; give the path of the minutes themselves',
  },
  'minutes-not-found.unreadable': {
    nb: 'Referatet «{path}» kan ikke sjekkes ({code})',
    nn: 'Referatet «{path}» kan ikkje sjekkast ({code})',
    en: 'The minutes "{path}" cannot be checked ({code})',
  },
} as const satisfies Catalogue;
