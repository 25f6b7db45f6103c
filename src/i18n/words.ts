import type { Catalogue } from './catalogue.js';

/** Words that messages take as parameters: value types and kinds of thing. */
export const words = {
  'type.string': { nb: 'tekst', nn: 'tekst', en: 'text' },
  'type.number': { nb: 'et tall', nn: 'eit tal', en: 'a number' },
  'type.int': { nb: 'et heltall', nn: 'eit heiltal', en: 'a whole number' },
  'type.boolean': { nb: 'true eller false', nn: 'true eller false', en: 'true or false' },
  'type.array': { nb: 'en liste', nn: 'ei liste', en: 'a list' },
  'type.object': {
    nb: 'en tabell (nøkkel: verdi)',
    nn: 'ein tabell (nøkkel: verdi)',
    en: 'a map (key: value)',
  },
  'type.null': { nb: 'ingen verdi (null)', nn: 'ingen verdi (null)', en: 'no value (null)' },
  'type.unknown': { nb: 'en ukjent verdi', nn: 'ein ukjend verdi', en: 'an unknown value' },
  'kind.party': { nb: 'part', nn: 'part', en: 'party' },
  'kind.person': { nb: 'person', nn: 'person', en: 'person' },
  'kind.side': { nb: 'side', nn: 'side', en: 'side' },
  'kind.party-or-side': { nb: 'part eller side', nn: 'part eller side', en: 'party or side' },
  // The owner of a rotating secretariat's role in the roles rule's messages (SPEC section 13).
  'roles.owner.secretariat': {
    nb: 'sekretariatsordningen',
    nn: 'sekretariatsordninga',
    en: 'the secretariat arrangement',
  },
  'kind.area': { nb: 'samarbeidsområde', nn: 'samarbeidsområde', en: 'area' },
  'kind.meeting': { nb: 'møte', nn: 'møte', en: 'meeting' },
  'kind.group': { nb: 'arbeidsgruppe', nn: 'arbeidsgruppe', en: 'working group' },
  'kind.plan': { nb: 'handlingsplan', nn: 'handlingsplan', en: 'action plan' },
  'kind.subAgreement': { nb: 'underavtale', nn: 'underavtale', en: 'sub-agreement' },
  'kind.measure': { nb: 'tiltak', nn: 'tiltak', en: 'measure' },
  'kind.decision': { nb: 'vedtak', nn: 'vedtak', en: 'decision' },
  'kind.action': { nb: 'oppfølgingspunkt', nn: 'oppfølgingspunkt', en: 'action' },
  'kind.body-or-group': {
    nb: 'organ eller arbeidsgruppe',
    nn: 'organ eller arbeidsgruppe',
    en: 'body or working group',
  },
  'kind.body-or-group-or-committee': {
    nb: 'organ, arbeidsgruppe eller samarbeidsutvalg',
    nn: 'organ, arbeidsgruppe eller samarbeidsutval',
    en: 'body, working group or committee',
  },
  'kind.party-or-person': { nb: 'part eller person', nn: 'part eller person', en: 'party or person' },
  'kind.plan-or-subAgreement': {
    nb: 'handlingsplan eller underavtale',
    nn: 'handlingsplan eller underavtale',
    en: 'action plan or sub-agreement',
  },
} as const satisfies Catalogue;
