import type { Catalogue } from './catalogue.js';

export const editWords = {
  'meeting-status.held': {
    nb: 'holdt',
    nn: 'halde',
    en: 'held',
  },
  'meeting-status.planned': {
    nb: 'planlagt',
    nn: 'planlagt',
    en: 'planned',
  },
  'meeting-status.cancelled': {
    nb: 'avlyst',
    nn: 'avlyst',
    en: 'cancelled',
  },
  'kind.approval': {
    nb: 'godkjenning',
    nn: 'godkjenning',
    en: 'approval',
  },
  'kind.evaluation': {
    nb: 'evaluering',
    nn: 'evaluering',
    en: 'evaluation',
  },
  'kind.report': {
    nb: 'rapport',
    nn: 'rapport',
    en: 'report',
  },
  'kind.duty': { nb: 'plikt', nn: 'plikt', en: 'duty' },
  'field.note': { nb: 'merknad', nn: 'merknad', en: 'note' },
  'field.fulfils': { nb: 'oppfyller', nn: 'oppfyller', en: 'fulfils' },
  'kind.withdrawal': {
    nb: 'utmelding fra',
    nn: 'utmelding frå',
    en: 'notice of withdrawal from',
  },
  'field.notice': {
    nb: 'dato for utmeldingen',
    nn: 'dato for utmeldinga',
    en: 'notice date',
  },
  'field.date': {
    nb: 'dato',
    nn: 'dato',
    en: 'date',
  },
  'field.summary': {
    nb: 'sammendrag',
    nn: 'samandrag',
    en: 'summary',
  },
  'field.title': {
    nb: 'tittel',
    nn: 'tittel',
    en: 'title',
  },
  'field.owner': {
    nb: 'ansvarlig',
    nn: 'ansvarleg',
    en: 'owner',
  },
  'field.due': {
    nb: 'frist',
    nn: 'frist',
    en: 'due date',
  },
  'field.done': {
    nb: 'ferdigdato',
    nn: 'ferdigdato',
    en: 'date done',
  },
  'field.host': {
    nb: 'vertskap',
    nn: 'vertskap',
    en: 'host',
  },
  'field.text': {
    nb: 'tekst',
    nn: 'tekst',
    en: 'text',
  },
  'field.name': {
    nb: 'navn',
    nn: 'namn',
    en: 'name',
  },
  'field.role': {
    nb: 'rolle',
    nn: 'rolle',
    en: 'role',
  },
  'field.party': {
    nb: 'part',
    nn: 'part',
    en: 'party',
  },
  'field.email': {
    nb: 'e-post',
    nn: 'e-post',
    en: 'e-mail',
  },
  'field.responsible': {
    nb: 'ansvarlig',
    nn: 'ansvarleg',
    en: 'responsible person',
  },
  'field.area': {
    nb: 'samarbeidsområde',
    nn: 'samarbeidsområde',
    en: 'area',
  },
  'field.adopts': {
    nb: 'vedtatt plan eller underavtale',
    nn: 'vedteken plan eller underavtale',
    en: 'adopted plan or sub-agreement',
  },
  'field.meeting': {
    nb: 'møte',
    nn: 'møte',
    en: 'meeting',
  },
  'field.minutes': {
    nb: 'referat',
    nn: 'referat',
    en: 'minutes',
  },
  'field.time': {
    nb: 'klokkeslett',
    nn: 'klokkeslett',
    en: 'time',
  },
  'field.place': {
    nb: 'sted',
    nn: 'stad',
    en: 'place',
  },
  'field.online': {
    nb: 'lenke for å delta digitalt',
    nn: 'lenkje for å delta digitalt',
    en: 'link to join online',
  },
  'field.leader': {
    nb: 'leder',
    nn: 'leiar',
    en: 'leader',
  },
  'field.members': {
    nb: 'medlemmer',
    nn: 'medlemer',
    en: 'members',
  },
  'field.results': {
    nb: 'resultater',
    nn: 'resultat',
    en: 'results',
  },
  'field.validUntil': {
    nb: 'sluttdato',
    nn: 'sluttdato',
    en: 'end date',
  },
} as const satisfies Catalogue;
