import type { Catalogue } from './catalogue.js';

// The yaml package explains its errors in English; its error codes are explained here instead, so
// that a syntax error reads in the user's language (SPEC section 11).
export const yamlMessages = {
  'yaml-code.ALIAS_PROPS': {
    nb: 'et alias (*navn) kan ikke ha anker eller tagg',
    nn: 'eit alias (*namn) kan ikkje ha anker eller tagg',
    en: 'an alias (*name) cannot have an anchor or a tag',
  },
  'yaml-code.BAD_ALIAS': {
    nb: 'aliaset viser ikke til noe anker over',
    nn: 'aliaset viser ikkje til noko anker over',
    en: 'the alias refers to no anchor above it',
  },
  'yaml-code.BAD_DIRECTIVE': {
    nb: 'ukjent eller ugyldig direktiv (linje som starter med %)',
    nn: 'ukjend eller ugyldig direktiv (linje som startar med %)',
    en: 'unknown or invalid directive (a line starting with %)',
  },
  'yaml-code.BAD_DQ_ESCAPE': {
    nb: 'ugyldig skiftetegn (\\) i tekst i doble anførselstegn',
    nn: 'ugyldig skifteteikn (\\) i tekst i doble hermeteikn',
    en: 'invalid escape (\\) in a double-quoted text',
  },
  'yaml-code.BAD_INDENT': {
    nb: 'feil innrykk; linjer på samme nivå må ha like mange mellomrom foran',
    nn: 'feil innrykk; linjer på same nivå må ha like mange mellomrom framfor',
    en: 'wrong indentation; lines on one level need the same number of leading spaces',
  },
  'yaml-code.BAD_PROP_ORDER': {
    nb: 'anker og tagg må stå før verdien',
    nn: 'anker og tagg må stå før verdien',
    en: 'anchors and tags must come before the value',
  },
  'yaml-code.BAD_SCALAR_START': {
    nb: 'verdien kan ikke begynne med dette tegnet; sett den i anførselstegn',
    nn: 'verdien kan ikkje byrje med dette teiknet; set han i hermeteikn',
    en: 'the value cannot start with this character; put it in quotes',
  },
  'yaml-code.BLOCK_AS_IMPLICIT_KEY': {
    nb: 'en nøkkel kan ikke være en liste eller tabell',
    nn: 'ein nøkkel kan ikkje vere ei liste eller ein tabell',
    en: 'a key cannot be a list or a map',
  },
  'yaml-code.BLOCK_IN_FLOW': {
    nb: 'en liste over flere linjer kan ikke stå inne i [ ] eller { }',
    nn: 'ei liste over fleire linjer kan ikkje stå inne i [ ] eller { }',
    en: 'a block list or map cannot stand inside [ ] or { }',
  },
  'yaml-code.DUPLICATE_KEY': {
    nb: 'samme nøkkel står to ganger',
    nn: 'same nøkkel står to gonger',
    en: 'the same key appears twice',
  },
  'yaml-code.IMPOSSIBLE': { nb: 'uventet innhold', nn: 'uventa innhald', en: 'unexpected content' },
  'yaml-code.KEY_OVER_1024_CHARS': {
    nb: 'nøkkelen er lengre enn 1024 tegn',
    nn: 'nøkkelen er lengre enn 1024 teikn',
    en: 'the key is longer than 1024 characters',
  },
  'yaml-code.MISSING_CHAR': {
    nb: 'et tegn mangler (et avsluttende anførselstegn, ] eller })',
    nn: 'eit teikn manglar (eit avsluttande hermeteikn, ] eller })',
    en: 'a character is missing (a closing quote, ] or })',
  },
  'yaml-code.MULTILINE_IMPLICIT_KEY': {
    nb: 'en nøkkel må stå på én linje; mangler det et kolon eller et anførselstegn?',
    nn: 'ein nøkkel må stå på éi linje; manglar det eit kolon eller eit hermeteikn?',
    en: 'a key must fit on one line; is a colon or a quote missing?',
  },
  'yaml-code.MULTIPLE_ANCHORS': {
    nb: 'en verdi kan ha bare ett anker',
    nn: 'ein verdi kan ha berre eitt anker',
    en: 'a value can have only one anchor',
  },
  'yaml-code.MULTIPLE_DOCS': {
    nb: 'filen har flere dokumenter (---)',
    nn: 'fila har fleire dokument (---)',
    en: 'the file holds several documents (---)',
  },
  'yaml-code.MULTIPLE_TAGS': {
    nb: 'en verdi kan ha bare én tagg',
    nn: 'ein verdi kan ha berre éin tagg',
    en: 'a value can have only one tag',
  },
  'yaml-code.NON_STRING_KEY': {
    nb: 'nøkler må være tekst',
    nn: 'nøklar må vere tekst',
    en: 'keys must be text',
  },
  'yaml-code.RESOURCE_EXHAUSTION': {
    nb: 'filen bruker for mange alias',
    nn: 'fila bruker for mange alias',
    en: 'the file uses too many aliases',
  },
  'yaml-code.TOO_DEEP': {
    nb: 'lister og tabeller er nøstet i mer enn 100 nivåer',
    nn: 'lister og tabellar er nøsta i meir enn 100 nivå',
    en: 'lists and maps are nested more than 100 levels deep',
  },
  'yaml-code.TAB_AS_INDENT': {
    nb: 'tabulator brukt som innrykk; bruk mellomrom',
    nn: 'tabulator brukt som innrykk; bruk mellomrom',
    en: 'tab used for indentation; use spaces',
  },
  'yaml-code.TAG_RESOLVE_FAILED': {
    nb: 'ukjent tagg (!)',
    nn: 'ukjend tagg (!)',
    en: 'unknown tag (!)',
  },
  'yaml-code.UNEXPECTED_TOKEN': {
    nb: 'uventet tegn; mangler det et kolon, et mellomrom etter kolon eller et anførselstegn?',
    nn: 'uventa teikn; manglar det eit kolon, eit mellomrom etter kolon eller eit hermeteikn?',
    en: 'unexpected character; is a colon, a space after a colon, or a quote missing?',
  },
  'yaml-code.BAD_COLLECTION_TYPE': {
    nb: 'taggen passer ikke til en liste eller tabell',
    nn: 'taggen passar ikkje til ei liste eller ein tabell',
    en: 'the tag does not fit a list or a map',
  },
  'yaml-code.unknown': { nb: 'ugyldig YAML', nn: 'ugyldig YAML', en: 'invalid YAML' },
} as const satisfies Catalogue;
