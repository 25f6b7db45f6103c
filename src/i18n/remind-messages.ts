import type { Catalogue } from './catalogue.js';

export const remindMessages = {
  'agenda.text': { nb: '{text}', nn: '{text}', en: '{text}' },
  'agenda.top-status': {
    nb: 'Status i samarbeidet',
    nn: 'Status i samarbeidet',
    en: 'Status of the cooperation',
  },
  'agenda.top-information': {
    nb: 'Gjensidig informasjonsutveksling',
    nn: 'Gjensidig informasjonsutveksling',
    en: 'Exchange of information',
  },
  'agenda.top-reflection': {
    nb: 'Refleksjon om utfordringer og muligheter i tiden framover',
    nn: 'Refleksjon om utfordringar og moglegheiter i tida framover',
    en: 'Reflection on challenges and opportunities ahead',
  },
  'agenda.top-revision': {
    nb: 'Behov for revisjon av avtalen',
    nn: 'Behov for revisjon av avtalen',
    en: 'Whether the agreement should be revised',
  },
  'agenda.adopt-plan': {
    nb: 'Vedta handlingsplan: {plan}',
    nn: 'Vedta handlingsplan: {plan}',
    en: 'Adopt action plan: {plan}',
  },
  'agenda.approve-sub-agreement': {
    nb: 'Underavtalen «{title}»: venter på godkjenning fra {parties}',
    nn: 'Underavtalen «{title}»: ventar på godkjenning frå {parties}',
    en: 'Sub-agreement "{title}": awaiting approval by {parties}',
  },
  'agenda.adopt-sub-agreement': {
    nb: 'Vedta underavtalen «{title}»',
    nn: 'Vedta underavtalen «{title}»',
    en: 'Adopt sub-agreement "{title}"',
  },
  'agenda.evaluation-agreement': {
    nb: 'Årlig evaluering og rapportering av resultater (frist {date})',
    nn: 'Årleg evaluering og rapportering av resultat (frist {date})',
    en: 'Annual evaluation and report of results (due {date})',
  },
  'agenda.evaluate-plan': {
    nb: 'Evaluering av «{plan}» (frist {date})',
    nn: 'Evaluering av «{plan}» (frist {date})',
    en: 'Evaluation of "{plan}" (due {date})',
  },
  'agenda.revise-committee-plan': {
    nb: 'Årlig revisjon av «{plan}», til godkjenning (frist {date})',
    nn: 'Årleg revisjon av «{plan}», til godkjenning (frist {date})',
    en: 'Yearly revision of "{plan}", for approval (due {date})',
  },
  'agenda.approve-minutes': {
    nb: 'Godkjenning av referat fra forrige møte ({date})',
    nn: 'Godkjenning av referat frå førre møte ({date})',
    en: 'Approval of the minutes of the previous meeting ({date})',
  },
  'agenda.open-action': {
    nb: 'Oppfølging fra møtet {date}: {action} (ansvarlig: {owner}, frist {due})',
    nn: 'Oppfølging frå møtet {date}: {action} (ansvarleg: {owner}, frist {due})',
    en: 'Follow-up from the meeting on {date}: {action} (responsible: {owner}, due {due})',
  },
  'agenda.open-action-no-due': {
    nb: 'Oppfølging fra møtet {date}: {action} (ansvarlig: {owner})',
    nn: 'Oppfølging frå møtet {date}: {action} (ansvarleg: {owner})',
    en: 'Follow-up from the meeting on {date}: {action} (responsible: {owner})',
  },
  'agenda.overdue': {
    nb: 'Forfalt: {title} (frist {date})',
    nn: 'Forfalle: {title} (frist {date})',
    en: 'Overdue: {title} (due {date})',
  },
  'agenda.overdue-measure': {
    nb: 'Forfalt tiltak: {measure} ({plan}), frist {date}',
    nn: 'Forfalle tiltak: {measure} ({plan}), frist {date}',
    en: 'Overdue measure: {measure} ({plan}), due {date}',
  },
  'agenda.overdue-action': {
    nb: 'Forfalt oppfølgingspunkt: {action} ({meeting}), frist {date}',
    nn: 'Forfalle oppfølgingspunkt: {action} ({meeting}), frist {date}',
    en: 'Overdue action: {action} ({meeting}), due {date}',
  },
  'agenda.report': {
    nb: 'Rapport fra arbeidsgruppen {group} (frist {date})',
    nn: 'Rapport frå arbeidsgruppa {group} (frist {date})',
    en: 'Report from working group {group} (due {date})',
  },
  'agenda.prepare': {
    nb: 'Forberedelse av {meeting}',
    nn: 'Førebuing av {meeting}',
    en: 'Preparing {meeting}',
  },
  'agenda.report-from': { nb: 'Rapport fra {body}', nn: 'Rapport frå {body}', en: 'Report from {body}' },
  'agenda.results-area': { nb: 'Resultater: {area}', nn: 'Resultat: {area}', en: 'Results: {area}' },

  'remind.deadline': { nb: 'Frist: {title}', nn: 'Frist: {title}', en: 'Deadline: {title}' },
  // A measure's or an action's title has its own label ("Tiltak: …"); the deadline takes it over
  // rather than standing before it ("Frist: Tiltak: …").
  'remind.deadline-measure': {
    nb: 'Frist for tiltak: {measure} ({plan})',
    nn: 'Frist for tiltak: {measure} ({plan})',
    en: 'Deadline for measure: {measure} ({plan})',
  },
  'remind.deadline-meeting': {
    nb: 'Frist for møte: {body}',
    nn: 'Frist for møte: {body}',
    en: 'Deadline for meeting: {body}',
  },
  'remind.deadline-action': {
    nb: 'Frist for oppfølgingspunkt: {action} ({meeting})',
    nn: 'Frist for oppfølgingspunkt: {action} ({meeting})',
    en: 'Deadline for action: {action} ({meeting})',
  },
  'remind.due': { nb: 'frist {date} ({when})', nn: 'frist {date} ({when})', en: 'due {date} ({when})' },
  'remind.meeting-on': { nb: 'møtedato {date}', nn: 'møtedato {date}', en: 'meeting on {date}' },
  'remind.suggested': {
    nb: 'foreslått møtedato: {date}',
    nn: 'føreslått møtedato: {date}',
    en: 'suggested meeting date: {date}',
  },
  'remind.suggested-late': {
    nb: 'foreslått møtedato: {date} (etter fristen {deadline}: fristen nås ikke med vanlig innkallingstid)',
    nn: 'føreslått møtedato: {date} (etter fristen {deadline}: fristen vert ikkje nådd med vanleg innkallingstid)',
    en: 'suggested meeting date: {date} (after the deadline {deadline}: the usual notice cannot meet it)',
  },
  'remind.to': { nb: 'til', nn: 'til', en: 'to' },
  'remind.agenda': { nb: 'forslag til agenda', nn: 'framlegg til agenda', en: 'draft agenda' },
  'remind.none': { nb: 'Ingen påminnelser.', nn: 'Ingen påminningar.', en: 'No reminders.' },
  'remind.heading': {
    nb: 'Påminnelser per {asOf}',
    nn: 'Påminningar per {asOf}',
    en: 'Reminders as of {asOf}',
  },
  'remind.summary': {
    nb: '{n} {n|påminnelse|påminnelser} per {asOf}',
    nn: '{n} {n|påminning|påminningar} per {asOf}',
    en: '{n} {n|reminder|reminders} as of {asOf}',
  },
  // SPEC section 14: a reminder resolved within the window, withdrawn from the calendar.
  'remind.withdrawn-held': {
    nb: 'Møtet ble holdt {date}. Påminnelsen er trukket tilbake.',
    nn: 'Møtet vart halde {date}. Påminninga er trekt tilbake.',
    en: 'The meeting was held on {date}. The reminder is withdrawn.',
  },
  'remind.withdrawn-done': {
    nb: 'Utført {date}. Påminnelsen er trukket tilbake.',
    nn: 'Utført {date}. Påminninga er trekt tilbake.',
    en: 'Done on {date}. The reminder is withdrawn.',
  },
  'remind.withdrawn-cancelled': {
    nb: 'Møtet {date} er avlyst. Påminnelsen er trukket tilbake.',
    nn: 'Møtet {date} er avlyst. Påminninga er trekt tilbake.',
    en: 'The meeting on {date} is cancelled. The reminder is withdrawn.',
  },
  'remind.withdrawn-unrecorded': {
    nb: 'Møtet {date} er ikke registrert som holdt eller avlyst: påminnelsen står på møtet.',
    nn: 'Møtet {date} er ikkje registrert som halde eller avlyst: påminninga står på møtet.',
    en: 'The meeting on {date} is not recorded as held or cancelled: the reminder stands on the meeting.',
  },
  'remind.alarm': { nb: 'Påminnelse: {title}', nn: 'Påminning: {title}', en: 'Reminder: {title}' },
  'remind.calendar': { nb: 'samarbeid: {title}', nn: 'samarbeid: {title}', en: 'samarbeid: {title}' },
} as const satisfies Catalogue;
