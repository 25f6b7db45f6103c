import type { Catalogue } from '../catalogue.js';

// The messages of rule reference (src/rules/reference.ts), which names them as its own.
export const referenceMessages = {
  'reference.unknown': {
    nb: 'Ukjent {kind} «{value}»',
    nn: 'Ukjend {kind} «{value}»',
    en: 'Unknown {kind} "{value}"',
  },
  'reference.no-committee': {
    nb: 'Eieren «committee» viser til samarbeidsutvalget i people.yaml, men der er det ikke lagt inn noe samarbeidsutvalg. Legg inn samarbeidsutvalget i people.yaml, eller oppgi id-en til organet eller arbeidsgruppen som eier planen',
    nn: 'Eigaren «committee» viser til samarbeidsutvalet i people.yaml, men der er det ikkje lagt inn noko samarbeidsutval. Legg inn samarbeidsutvalet i people.yaml, eller oppgi id-en til organet eller arbeidsgruppa som eig planen',
    en: 'The owner "committee" means the committee (samarbeidsutvalg) of people.yaml, but people.yaml has none. Add the committee to people.yaml, or give the id of the body or working group that owns the plan',
  },
  'reference.unknown-suggest': {
    nb: 'Ukjent {kind} «{value}»; mente du «{suggestion}»?',
    nn: 'Ukjend {kind} «{value}»; meinte du «{suggestion}»?',
    en: 'Unknown {kind} "{value}"; did you mean "{suggestion}"?',
  },
} as const satisfies Catalogue;
