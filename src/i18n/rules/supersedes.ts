import type { Catalogue } from '../catalogue.js';

// The messages of rule supersedes (src/rules/supersedes.ts), which names them as its own.
export const supersedesMessages = {
  'supersedes.unknown': {
    nb: '«supersedes»: fant ingen avtale «{id}» i arbeidsområdet (mappen med avtalemappene)',
    nn: '«supersedes»: fann ingen avtale «{id}» i arbeidsområdet (mappa med avtalemappene)',
    en: 'supersedes: no agreement "{id}" in the workspace (the folder of agreement folders)',
  },
  'supersedes.unknown-suggest': {
    nb: '«supersedes»: fant ingen avtale «{id}» i arbeidsområdet; mente du «{suggestion}»?',
    nn: '«supersedes»: fann ingen avtale «{id}» i arbeidsområdet; meinte du «{suggestion}»?',
    en: 'supersedes: no agreement "{id}" in the workspace; did you mean "{suggestion}"?',
  },
  'supersedes.self': {
    nb: 'En avtale kan ikke erstatte seg selv',
    nn: 'Ein avtale kan ikkje erstatte seg sjølv',
    en: 'An agreement cannot supersede itself',
  },
} as const satisfies Catalogue;
