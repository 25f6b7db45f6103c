import type { Catalogue } from './catalogue.js';

export const statusMessages: Catalogue = {
  'obligation.meeting': { nb: 'Møte i {body}', nn: 'Møte i {body}', en: 'Meeting of {body}' },
  'obligation.evaluation-agreement': {
    nb: 'Årlig evaluering og rapportering av resultater (pkt. 6)',
    nn: 'Årleg evaluering og rapportering av resultat (pkt. 6)',
    en: 'Annual evaluation and report of results (clause 6)',
  },
  'obligation.evaluation-plan': {
    nb: 'Evaluering av «{plan}»',
    nn: 'Evaluering av «{plan}»',
    en: 'Evaluation of "{plan}"',
  },
  'obligation.report': {
    nb: 'Rapport fra arbeidsgruppen {group} til samarbeidsutvalget',
    nn: 'Rapport frå arbeidsgruppa {group} til samarbeidsutvalet',
    en: 'Report from working group {group} to the committee',
  },
  'obligation.measure': {
    nb: 'Tiltak: {measure} ({plan})',
    nn: 'Tiltak: {measure} ({plan})',
    en: 'Measure: {measure} ({plan})',
  },
  'obligation.action': {
    nb: 'Oppfølging: {action} (møte {meeting})',
    nn: 'Oppfølging: {action} (møte {meeting})',
    en: 'Action: {action} (meeting {meeting})',
  },
  'obligation.sub-agreement': {
    nb: 'Underavtalen «{title}» utløper',
    nn: 'Underavtalen «{title}» går ut',
    en: 'Sub-agreement "{title}" expires',
  },
  'obligation.agreement': { nb: 'Avtalen utløper', nn: 'Avtalen går ut', en: 'The agreement expires' },

  'state.overdue': { nb: 'forfalt', nn: 'forfalle', en: 'overdue' },
  'state.due-soon': { nb: 'snart', nn: 'snart', en: 'due soon' },
  'state.planned': { nb: 'planlagt', nn: 'planlagt', en: 'planned' },
  'state.ok': { nb: 'ok', nn: 'ok', en: 'ok' },
  'state.done': { nb: 'utført', nn: 'utført', en: 'done' },

  'agreement-state.active': { nb: 'aktiv', nn: 'aktiv', en: 'active' },
  'agreement-state.expiring': { nb: 'utløper snart', nn: 'går snart ut', en: 'expiring' },
  'agreement-state.expired': { nb: 'utløpt', nn: 'gått ut', en: 'expired' },
  'agreement-state.superseded': { nb: 'erstattet', nn: 'erstatta', en: 'superseded' },
  'agreement-state.not-yet-valid': {
    nb: 'ikke trådt i kraft',
    nn: 'ikkje tredd i kraft',
    en: 'not yet valid',
  },
  'agreement-state.invalid': { nb: 'ugyldige data', nn: 'ugyldige data', en: 'invalid data' },

  'status.validity-open': { nb: 'gyldig fra {from}', nn: 'gyldig frå {from}', en: 'valid from {from}' },
  'status.validity-closed': {
    nb: 'gyldig {from}–{until}',
    nn: 'gyldig {from}–{until}',
    en: 'valid {from} to {until}',
  },
  'status.no-obligations': {
    nb: 'Ingen forpliktelser å følge opp.',
    nn: 'Ingen plikter å følgje opp.',
    en: 'No obligations to follow up.',
  },
  'status.invalid': {
    nb: 'Dataene har feil; kjør «samarbeid validate {path}» for detaljer.',
    nn: 'Dataa har feil; køyr «samarbeid validate {path}» for detaljar.',
    en: 'The data has errors; run "samarbeid validate {path}" for details.',
  },
  'status.deadline': { nb: 'frist {date}', nn: 'frist {date}', en: 'due {date}' },
  'status.today': { nb: 'i dag', nn: 'i dag', en: 'today' },
  'status.tomorrow': { nb: 'i morgen', nn: 'i morgon', en: 'tomorrow' },
  'status.in-days': { nb: 'om {n} dager', nn: 'om {n} dagar', en: 'in {n} days' },
  'status.days-over': { nb: '{n} dager over fristen', nn: '{n} dagar over fristen', en: '{n} days overdue' },
  'status.day-over': { nb: '1 dag over fristen', nn: '1 dag over fristen', en: '1 day overdue' },
  'status.host': { nb: 'vertskap: {host}', nn: 'vertskap: {host}', en: 'host: {host}' },
  'status.last': { nb: 'sist {date}', nn: 'sist {date}', en: 'last {date}' },
  'status.planned-on': { nb: 'planlagt {date}', nn: 'planlagt {date}', en: 'planned {date}' },
  'status.remaining': { nb: 'mangler {n}', nn: 'manglar {n}', en: '{n} still needed' },
  'status.missed': { nb: 'ikke oppfylt: {periods}', nn: 'ikkje oppfylt: {periods}', en: 'missed: {periods}' },
  'status.done-on': { nb: 'utført {date}', nn: 'utført {date}', en: 'done {date}' },
  'status.done-folded': {
    nb: '{n} utførte skjult (--all viser dem)',
    nn: '{n} utførte skjulte (--all viser dei)',
    en: '{n} done hidden (--all shows them)',
  },
  'status.summary': {
    nb: 'Som av {asOf}: {overdue} forfalt, {dueSoon} snart, {planned} planlagt, {ok} ok',
    nn: 'Per {asOf}: {overdue} forfalle, {dueSoon} snart, {planned} planlagt, {ok} ok',
    en: 'As of {asOf}: {overdue} overdue, {dueSoon} due soon, {planned} planned, {ok} ok',
  },
  'status.col-state': { nb: 'Status', nn: 'Status', en: 'State' },
  'status.col-what': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'status.col-deadline': { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
  'status.col-when': { nb: 'Når', nn: 'Når', en: 'When' },
  'status.col-notes': { nb: 'Merknad', nn: 'Merknad', en: 'Notes' },
  'status.report-title': { nb: 'Status per {asOf}', nn: 'Status per {asOf}', en: 'Status as of {asOf}' },
};
