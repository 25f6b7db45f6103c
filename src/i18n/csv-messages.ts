import type { Catalogue } from './catalogue.js';

// Issue 13: texts of the outputs people paste into e-mail, Teams and Excel (CSV headers, the To
// list of a reminder, the Markdown note on done obligations without a command-line hint).
export const csvMessages = {
  'csv.col-agreement': { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
  'csv.col-agreement-id': { nb: 'Avtale-id', nn: 'Avtale-id', en: 'Agreement id' },
  'csv.col-subject': { nb: 'Pliktkode', nn: 'Pliktkode', en: 'Obligation id' },
  'csv.col-days-left': { nb: 'Dager igjen', nn: 'Dagar att', en: 'Days left' },
  'csv.col-last': { nb: 'Sist', nn: 'Sist', en: 'Last' },
  'csv.col-planned': { nb: 'Planlagt', nn: 'Planlagt', en: 'Planned' },
  'csv.col-kind': { nb: 'Type', nn: 'Type', en: 'Kind' },
  'csv.col-meeting-date': { nb: 'Møtedato', nn: 'Møtedato', en: 'Meeting date' },
  'csv.col-suggested': { nb: 'Foreslått møtedato', nn: 'Føreslått møtedato', en: 'Suggested date' },
  'csv.col-to': { nb: 'Til', nn: 'Til', en: 'To' },
  'csv.col-no-address': { nb: 'Uten e-postadresse', nn: 'Utan e-postadresse', en: 'No e-mail address' },
  'csv.col-agenda': { nb: 'Forslag til agenda', nn: 'Framlegg til agenda', en: 'Draft agenda' },
  'csv.kind-deadline': { nb: 'frist', nn: 'frist', en: 'deadline' },
  'csv.kind-meeting': { nb: 'møte', nn: 'møte', en: 'meeting' },
  'csv.bad-delimiter': {
    nb: '--delimiter tar «;», «,» eller «tab»; fikk «{value}»',
    nn: '--delimiter tek «;», «,» eller «tab»; fekk «{value}»',
    en: '--delimiter takes ";", "," or "tab"; got "{value}"',
  },
  'remind.no-address': { nb: 'uten e-postadresse', nn: 'utan e-postadresse', en: 'no e-mail address' },
  'status.done-not-shown': {
    nb: '{n} {n|utført|utførte} er ikke vist',
    nn: '{n} {n|utført|utførte} er ikkje {n|vist|viste}',
    en: '{n} done {n|item|items} not shown',
  },
} as const satisfies Catalogue;
