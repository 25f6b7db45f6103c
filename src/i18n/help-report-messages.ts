import type { Catalogue } from './catalogue.js';

export const helpReportMessages = {
  'help.report.description': {
    nb: 'utkast til årsrapport etter pkt. 6: møter, evaluering, handlingsplaner, tiltak, oppfølgingspunkter, arbeidsgrupper, underavtaler og det som forfaller neste år',
    nn: 'utkast til årsrapport etter pkt. 6: møte, evaluering, handlingsplanar, tiltak, oppfølgingspunkt, arbeidsgrupper, underavtalar og det som forfell neste år',
    en: 'a draft annual report under clause 6: meetings, evaluation, action plans, measures, actions, working groups, sub-agreements and what falls due next year',
  },
  'help.report.year': {
    nb: 'året rapporten gjelder (standard: inneværende år); tallene gjelder per 31.12',
    nn: 'året rapporten gjeld (standard: inneverande år); tala gjeld per 31.12',
    en: 'the year of the report (default: this year); figures as of 31 December',
  },
  'help.report.from': {
    nb: 'første dag i en annen periode enn et helt år (sammen med --to)',
    nn: 'første dag i ein annan periode enn eit heilt år (saman med --to)',
    en: 'first day of a period other than a whole year (with --to)',
  },
  'help.report.to': {
    nb: 'siste dag i perioden; tallene gjelder per denne dagen',
    nn: 'siste dag i perioden; tala gjeld per denne dagen',
    en: 'last day of the period; figures as of that day',
  },
  'help.report.out': {
    nb: 'skriv én fil per avtale (<id>-<år>.md, .html, .json eller .docx) i stedet for å skrive ut; DOCX krever denne',
    nn: 'skriv éi fil per avtale (<id>-<år>.md, .html, .json eller .docx) i staden for å skrive ut; DOCX krev denne',
    en: 'write one file per agreement (<id>-<year>.md, .html, .json or .docx) instead of printing; DOCX needs it',
  },
  'help.report.example.markdown': {
    nb: 'årsrapporten for 2025 som Markdown',
    nn: 'årsrapporten for 2025 som Markdown',
    en: 'the annual report for 2025 as Markdown',
  },
  'help.report.example.docx': {
    nb: 'ett Word-dokument per avtale, klart til å redigeres',
    nn: 'eitt Word-dokument per avtale, klart til å redigerast',
    en: 'one Word document per agreement, ready to edit',
  },
} as const satisfies Catalogue;
