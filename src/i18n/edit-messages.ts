import type { Catalogue } from './catalogue.js';

export const editMessages: Catalogue = {
  'edit.meeting-added': {
    nb: 'La til møtet {id} i {file}',
    nn: 'La til møtet {id} i {file}',
    en: 'Added meeting {id} to {file}',
  },
  'edit.meeting-updated': {
    nb: 'Satte møtet {id} til {status} i {file}',
    nn: 'Sette møtet {id} til {status} i {file}',
    en: 'Set meeting {id} to {status} in {file}',
  },
  'edit.evaluation-added': {
    nb: 'La til evalueringen i {file}',
    nn: 'La til evalueringa i {file}',
    en: 'Added the evaluation to {file}',
  },
  'edit.report-added': {
    nb: 'La til rapporten fra {group} i {file}',
    nn: 'La til rapporten frå {group} i {file}',
    en: 'Added the report of {group} to {file}',
  },
  'edit.done': {
    nb: 'Markerte {id} som utført i {file}',
    nn: 'Markerte {id} som utført i {file}',
    en: 'Marked {id} as done in {file}',
  },
  'edit.nothing-written': {
    nb: 'ingenting er skrevet: avtalen ville hatt feil etter endringen',
    nn: 'ingenting er skrive: avtalen ville hatt feil etter endringa',
    en: 'nothing written: the agreement would have errors after the change',
  },
  'edit.changed-on-disk': {
    nb: '{file} ble endret av noen andre mens kommandoen kjørte; ingenting er skrevet, prøv igjen',
    nn: '{file} vart endra av nokon andre medan kommandoen køyrde; ingenting er skrive, prøv igjen',
    en: '{file} was changed by someone else while the command ran; nothing written, try again',
  },
  'edit.one-agreement': {
    nb: '{path} er ikke én avtalemappe (med agreement.yaml)',
    nn: '{path} er ikkje éi avtalemappe (med agreement.yaml)',
    en: '{path} is not one agreement folder (with agreement.yaml)',
  },
  'edit.unreadable': { nb: 'kan ikke lese {file}', nn: 'kan ikkje lese {file}', en: 'cannot read {file}' },
  'edit.id-taken': {
    nb: 'møte-id {id} er allerede i bruk',
    nn: 'møte-id {id} er allereie i bruk',
    en: 'meeting id {id} is already used',
  },
  'edit.no-plan': {
    nb: 'ingen handlingsplan {id}',
    nn: 'ingen handlingsplan {id}',
    en: 'no action plan {id}',
  },
  'edit.no-group': {
    nb: 'ingen arbeidsgruppe {id}',
    nn: 'inga arbeidsgruppe {id}',
    en: 'no working group {id}',
  },
  'edit.no-measure': {
    nb: 'ingen tiltak {id} (oppgi PLAN/TILTAK)',
    nn: 'ingen tiltak {id} (oppgi PLAN/TILTAK)',
    en: 'no measure {id} (give PLAN/MEASURE)',
  },
  'edit.no-action': {
    nb: 'ingen oppfølgingspunkt {id} (oppgi MØTE/PUNKT)',
    nn: 'ikkje noko oppfølgingspunkt {id} (oppgi MØTE/PUNKT)',
    en: 'no action {id} (give MEETING/ACTION)',
  },
  'edit.plan-or-agreement': {
    nb: 'oppgi enten --plan ID eller --agreement',
    nn: 'oppgi anten --plan ID eller --agreement',
    en: 'give either --plan ID or --agreement',
  },
  'edit.measure-or-action': {
    nb: 'oppgi enten --measure PLAN/ID eller --action MØTE/ID',
    nn: 'oppgi anten --measure PLAN/ID eller --action MØTE/ID',
    en: 'give either --measure PLAN/ID or --action MEETING/ID',
  },
};

export const initMessages: Catalogue = {
  'init.bad-party': {
    nb: '--party tar id=Navn med en id som «nav-vest-viken», fikk «{value}»',
    nn: '--party tek id=Namn med ein id som «nav-vest-viken», fekk «{value}»',
    en: '--party takes id=Name with an id like "nav-vest-viken", got "{value}"',
  },
  'init.bad-id': {
    nb: '«{id}» er ikke en gyldig avtale-id; oppgi --id (små bokstaver, sifre og bindestrek)',
    nn: '«{id}» er ikkje ein gyldig avtale-id; oppgi --id (små bokstavar, siffer og bindestrek)',
    en: '"{id}" is not a valid agreement id; give --id (lower-case letters, digits and hyphens)',
  },
  'init.needs': { nb: 'init trenger {what}', nn: 'init treng {what}', en: 'init needs {what}' },
  'init.exists': {
    nb: '{path} finnes allerede; init overskriver aldri noe',
    nn: '{path} finst allereie; init skriv aldri over noko',
    en: '{path} already exists; init never overwrites anything',
  },
  'init.no-example': {
    nb: 'fant ikke eksempelavtalen i pakken',
    nn: 'fann ikkje eksempelavtalen i pakken',
    en: 'the example agreement is not in the package',
  },
  'init.next': {
    nb: 'Neste: fyll inn people.yaml, kjør «samarbeid validate {dir}» og «samarbeid schema --out schemas» i mappa over for redigeringsstøtte.',
    nn: 'Neste: fyll inn people.yaml, køyr «samarbeid validate {dir}» og «samarbeid schema --out schemas» i mappa over for redigeringsstøtte.',
    en: 'Next: fill in people.yaml, run "samarbeid validate {dir}", and "samarbeid schema --out schemas" in the folder above for editor support.',
  },
};
