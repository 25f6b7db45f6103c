import type { Catalogue } from '../catalogue.js';

// The messages of rule role-override (src/rules/role-override.ts), which names them as its own.
export const roleOverrideMessages = {
  'role-override.period': {
    nb: '«{period}» er ikke en gyldig periode; skriv den som «2024», «2024-H1», «2024-T2», «2024-Q3», «2024-05» eller «2024-01-01/2024-06-30»',
    nn: '«{period}» er ikkje ein gyldig periode; skriv han som «2024», «2024-H1», «2024-T2», «2024-Q3», «2024-05» eller «2024-01-01/2024-06-30»',
    en: 'There is no period "{period}"; use forms like "2024", "2024-H1", "2024-T2", "2024-Q3", "2024-05" or "2024-01-01/2024-06-30"',
  },
  'role-override.outside': {
    nb: 'Perioden «{period}» ligger utenfor tiden avtalen gjelder',
    nn: 'Perioden «{period}» ligg utanfor tida avtalen gjeld',
    en: 'The period "{period}" lies outside the time the agreement applies',
  },
  'role-override.role': {
    nb: '{body} har ingen rolle «{role}»',
    nn: '{body} har inga rolle «{role}»',
    en: '{body} has no role "{role}"',
  },
  'role-override.holder': {
    nb: '«{id}» er ikke en {kind} i avtalen',
    nn: '«{id}» er ikkje ein {kind} i avtalen',
    en: '"{id}" is not a {kind} of the agreement',
  },
} as const satisfies Catalogue;
