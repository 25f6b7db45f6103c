import type { Catalogue } from '../catalogue.js';

// The messages of rule unique-id (src/rules/unique-id.ts), which names them as its own.
export const uniqueIdMessages = {
  'unique-id.duplicate': {
    nb: 'Id-en «{id}» ({kind}) er allerede brukt ({first})',
    nn: 'Id-en «{id}» ({kind}) er allereie brukt ({first})',
    en: 'Duplicate {kind} id "{id}" (first used at {first})',
  },
  'unique-id.body-and-group': {
    nb: '«{id}» er både et organ i «governance.bodies» og en arbeidsgruppe; møter kan ikke skille dem',
    nn: '«{id}» er både eit organ i «governance.bodies» og ei arbeidsgruppe; møte kan ikkje skilje dei',
    en: '"{id}" is both a body in governance.bodies and a working group; meetings cannot tell them apart',
  },
  'unique-id.agreement': {
    nb: 'Avtale-id «{id}» brukes også av {other}',
    nn: 'Avtale-id «{id}» vert òg brukt av {other}',
    en: 'Agreement id "{id}" is also used by {other}',
  },
} as const satisfies Catalogue;
