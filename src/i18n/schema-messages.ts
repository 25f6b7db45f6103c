import type { Catalogue } from './catalogue.js';

export const schemaMessages = {
  'schema.unknown-key': {
    nb: 'Ukjent nøkkel «{key}»',
    nn: 'Ukjend nøkkel «{key}»',
    en: 'Unknown key "{key}"',
  },
  'schema.unknown-key-suggest': {
    nb: 'Ukjent nøkkel «{key}»; mente du «{suggestion}»?',
    nn: 'Ukjend nøkkel «{key}»; meinte du «{suggestion}»?',
    en: 'Unknown key "{key}"; did you mean "{suggestion}"?',
  },
  'schema.missing-key': {
    nb: 'Mangler nøkkelen «{key}»',
    nn: 'Manglar nøkkelen «{key}»',
    en: 'Missing key "{key}"',
  },
  'schema.invalid-type': {
    nb: 'Forventet {expected}, fant {received}',
    nn: 'Venta {expected}, fann {received}',
    en: 'Expected {expected}, found {received}',
  },
  'schema.invalid-value': {
    nb: '«{value}» er ikke tillatt her; bruk {expected}',
    nn: '«{value}» er ikkje tillate her; bruk {expected}',
    en: '"{value}" is not allowed here; use {expected}',
  },
  'schema.invalid-date': {
    nb: '«{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD',
    nn: '«{value}» er ikkje ein dato på forma ÅÅÅÅ-MM-DD',
    en: '"{value}" is not a date of the form YYYY-MM-DD',
  },
  'schema.impossible-date': {
    nb: '{value} er ikke en dato som finnes',
    nn: '{value} er ikkje ein dato som finst',
    en: '{value} is not a date that exists',
  },
  'schema.invalid-id': {
    nb: '«{value}» er ikke en gyldig id (små bokstaver a–z, sifre og bindestrek, som «nav-vest-viken»)',
    nn: '«{value}» er ikkje ein gyldig id (små bokstavar a–z, siffer og bindestrek, som «nav-vest-viken»)',
    en: '"{value}" is not a valid id (lower-case a–z, digits and hyphens, like "nav-vest-viken")',
  },
  'schema.invalid-cadence': {
    nb: 'Ukjent frekvens «{value}»; bruk én av: {forms}',
    nn: 'Ukjend frekvens «{value}»; bruk éin av: {forms}',
    en: 'Unknown cadence "{value}"; use one of: {forms}',
  },
  'schema.invalid-email': {
    nb: '«{value}» er ikke en e-postadresse',
    nn: '«{value}» er ikkje ei e-postadresse',
    en: '"{value}" is not an e-mail address',
  },
  'schema.invalid-time': {
    nb: '«{value}» er ikke et klokkeslett; skriv TT:MM eller TT:MM-TT:MM med timer 00–23 (som 10:00 eller 10:00-11:30)',
    nn: '«{value}» er ikkje eit klokkeslett; skriv TT:MM eller TT:MM-TT:MM med timar 00–23 (som 10:00 eller 10:00-11:30)',
    en: '"{value}" is not a time of day; write HH:MM or HH:MM-HH:MM with hours 00–23 (like 10:00 or 10:00-11:30)',
  },
  'schema.bad-time': {
    nb: '«{value}»: møtet må slutte etter at det begynner (som 10:00-11:30)',
    nn: '«{value}»: møtet må slutte etter at det byrjar (som 10:00-11:30)',
    en: '"{value}": the meeting must end after it starts (like 10:00-11:30)',
  },
  'schema.invalid-url': {
    nb: '«{value}» er ikke en nettadresse; skriv hele lenken, med https:// først',
    nn: '«{value}» er ikkje ei nettadresse; skriv heile lenkja, med https:// først',
    en: '"{value}" is not a web address; write the whole link, starting with https://',
  },
  'schema.invalid-notice': {
    nb: 'Ukjent oppsigelsestid «{value}»; skriv som «6 months» eller «90 days»',
    nn: 'Ukjend oppseiingstid «{value}»; skriv som «6 months» eller «90 days»',
    en: 'Unknown notice period "{value}"; write it like "6 months" or "90 days"',
  },
  'schema.invalid-quorum': {
    nb: 'Ukjent vedtaksførhet «{value}»; skriv en brøk som «2/3» (høyst 1), «all-parties» eller et antall medlemmer, som 4',
    nn: 'Ukjend vedtaksførleik «{value}»; skriv ein brøk som «2/3» (høgst 1), «all-parties» eller eit tal på medlemer, som 4',
    en: 'Unknown quorum "{value}"; write a fraction like "2/3" (at most 1), "all-parties" or a number of members, like 4',
  },
  'schema.invalid-format': {
    nb: '«{value}» har feil form',
    nn: '«{value}» har feil form',
    en: '"{value}" has the wrong form',
  },
  'schema.empty-text': {
    nb: 'Teksten kan ikke være tom',
    nn: 'Teksten kan ikkje vere tom',
    en: 'The text cannot be empty',
  },
  'schema.too-few': {
    nb: 'Listen må ha minst {minimum} {minimum|element|elementer}',
    nn: 'Lista må ha minst {minimum} element',
    en: 'The list needs at least {minimum} items',
  },
  'schema.too-small': {
    nb: 'Verdien må være minst {minimum}',
    nn: 'Verdien må vere minst {minimum}',
    en: 'The value must be at least {minimum}',
  },
  'schema.too-big': {
    nb: 'Verdien kan være høyst {maximum}',
    nn: 'Verdien kan vere høgst {maximum}',
    en: 'The value can be at most {maximum}',
  },
  'schema.no-bodies': {
    nb: '«governance.bodies» må ha minst ett organ',
    nn: '«governance.bodies» må ha minst eitt organ',
    en: 'governance.bodies needs at least one body',
  },
  'schema.bad-interval': {
    nb: '«{value}» er ikke en dato eller et datointervall (som 2027-02-22/2027-02-26, der sluttdatoen ikke kommer før startdatoen)',
    nn: '«{value}» er ikkje ein dato eller eit datointervall (som 2027-02-22/2027-02-26, der sluttdatoen ikkje kjem før startdatoen)',
    en: '"{value}" is not a date or an interval of dates (like 2027-02-22/2027-02-26, its end not before its start)',
  },
  'schema.invalid': {
    nb: '«{value}» er ikke gyldig her',
    nn: '«{value}» er ikkje gyldig her',
    en: '"{value}" is not valid here',
  },
} as const satisfies Catalogue;
