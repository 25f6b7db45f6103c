import type { Catalogue } from './catalogue.js';

// SPEC section 15: `samarbeid diff`, what a change means for the agreement, and the one line
// it gives when git cannot give a revision.
export const diffMessages = {
  'diff.not-a-repository': {
    nb: 'diff sammenligner to versjoner i git, men denne mappen er ikke i et git-depot',
    nn: 'diff samanliknar to versjonar i git, men denne mappa er ikkje i eit git-depot',
    en: 'diff compares two git revisions, but this folder is not in a git repository',
  },
  'diff.missing-revision': {
    nb: 'Versjonen {revision} finnes ikke i denne klonen: hent mer historikk («git fetch --deepen=50» eller «git fetch --unshallow») og prøv igjen',
    nn: 'Versjonen {revision} finst ikkje i denne klonen: hent meir historikk («git fetch --deepen=50» eller «git fetch --unshallow») og prøv igjen',
    en: 'Revision {revision} is not in this clone: fetch more history (git fetch --deepen=50, or git fetch --unshallow) and try again',
  },
  'diff.no-merge-base': {
    nb: 'Fant ikke der endringen gikk ut fra {branch}: klonen har for lite historikk; hent mer («git fetch --deepen=50» eller «git fetch --unshallow») og prøv igjen',
    nn: 'Fann ikkje der endringa gjekk ut frå {branch}: klonen har for lite historikk; hent meir («git fetch --deepen=50» eller «git fetch --unshallow») og prøv igjen',
    en: 'No merge base with {branch}: the clone has too little history; fetch more (git fetch --deepen=50, or git fetch --unshallow) and try again',
  },
  'diff.no-default-branch': {
    nb: 'Fant ingen hovedgren å sammenligne med («origin/HEAD», «main» eller «master»): oppgi versjonen, for eksempel «samarbeid diff origin/main»',
    nn: 'Fann inga hovudgrein å samanlikne med («origin/HEAD», «main» eller «master»): gi opp versjonen, til dømes «samarbeid diff origin/main»',
    en: 'No default branch to compare with (origin/HEAD, main or master): name the revision, for example samarbeid diff origin/main',
  },
  'diff.too-many-revisions': {
    nb: 'diff tar høyst to versjoner (BASE og HEAD), men fikk {revisions}; skill stier fra versjoner med «--»',
    nn: 'diff tek høgst to versjonar (BASE og HEAD), men fekk {revisions}; skil stiar frå versjonar med «--»',
    en: 'diff takes at most two revisions (BASE and HEAD), but got {revisions}; separate paths from revisions with --',
  },
  'diff.heading': {
    nb: 'Hva endringen betyr: {base} → {head}, per {asOf}',
    nn: 'Kva endringa tyder: {base} → {head}, per {asOf}',
    en: 'What the change means: {base} → {head}, as of {asOf}',
  },
  'diff.working-tree': { nb: 'arbeidskopien', nn: 'arbeidskopien', en: 'the working tree' },
  'diff.nothing': {
    nb: 'Ingen endring i møter, vedtak, planer, personer, forpliktelser eller funn.',
    nn: 'Inga endring i møte, vedtak, planar, personar, pliktar eller funn.',
    en: 'No change to meetings, decisions, plans, people, obligations or findings.',
  },
  'diff.summary': {
    nb: '{agreements} {agreements|avtale|avtaler} endret, {obligations} {obligations|forpliktelse|forpliktelser} endret, {added} {added|nytt funn|nye funn}, {resolved} {resolved|funn|funn} løst',
    nn: '{agreements} {agreements|avtale|avtalar} endra, {obligations} {obligations|plikt|plikter} endra, {added} {added|nytt funn|nye funn}, {resolved} {resolved|funn|funn} løyst',
    en: '{agreements} {agreements|agreement|agreements} changed, {obligations} {obligations|obligation|obligations} changed, {added} {added|finding|findings} added, {resolved} resolved',
  },
  'diff.agreement-added': { nb: 'ny avtale', nn: 'ny avtale', en: 'new agreement' },
  'diff.agreement-removed': { nb: 'avtalen er fjernet', nn: 'avtalen er fjerna', en: 'agreement removed' },
  'diff.section.meetings': { nb: 'Møter', nn: 'Møte', en: 'Meetings' },
  'diff.section.decisions': { nb: 'Vedtak', nn: 'Vedtak', en: 'Decisions' },
  'diff.section.actions': { nb: 'Oppfølgingspunkter', nn: 'Oppfølgingspunkt', en: 'Actions' },
  'diff.section.plans': { nb: 'Handlingsplaner', nn: 'Handlingsplanar', en: 'Action plans' },
  'diff.section.measures': { nb: 'Tiltak', nn: 'Tiltak', en: 'Measures' },
  'diff.section.people': { nb: 'Personer', nn: 'Personar', en: 'People' },
  'diff.section.obligations': { nb: 'Forpliktelser', nn: 'Plikter', en: 'Obligations' },
  'diff.section.findings-added': { nb: 'Nye funn', nn: 'Nye funn', en: 'Findings added' },
  'diff.section.findings-resolved': { nb: 'Løste funn', nn: 'Løyste funn', en: 'Findings resolved' },
  'diff.meeting.planned': {
    nb: 'Møtet {id} er planlagt ({body}, {date})',
    nn: 'Møtet {id} er planlagt ({body}, {date})',
    en: 'Meeting {id} planned ({body}, {date})',
  },
  'diff.meeting.recorded': {
    nb: 'Møtet {id} er registrert som holdt ({body}, {date})',
    nn: 'Møtet {id} er registrert som halde ({body}, {date})',
    en: 'Meeting {id} recorded as held ({body}, {date})',
  },
  'diff.meeting.moved': {
    nb: 'Møtet {id} er flyttet fra {from} til {date}',
    nn: 'Møtet {id} er flytta frå {from} til {date}',
    en: 'Meeting {id} moved from {from} to {date}',
  },
  'diff.meeting.cancelled': {
    nb: 'Møtet {id} er avlyst ({body}, {date})',
    nn: 'Møtet {id} er avlyst ({body}, {date})',
    en: 'Meeting {id} cancelled ({body}, {date})',
  },
  'diff.meeting.cancelled-reason': {
    nb: 'Møtet {id} er avlyst ({body}, {date}): {reason}',
    nn: 'Møtet {id} er avlyst ({body}, {date}): {reason}',
    en: 'Meeting {id} cancelled ({body}, {date}): {reason}',
  },
  'diff.meeting.removed': {
    nb: 'Møtet {id} er fjernet ({body}, {date})',
    nn: 'Møtet {id} er fjerna ({body}, {date})',
    en: 'Meeting {id} removed ({body}, {date})',
  },
  'diff.decision.added': {
    nb: 'Vedtak {id} i møtet {meeting}: {text}',
    nn: 'Vedtak {id} i møtet {meeting}: {text}',
    en: 'Decision {id} at meeting {meeting}: {text}',
  },
  'diff.decision.removed': {
    nb: 'Vedtak {id} i møtet {meeting} er fjernet',
    nn: 'Vedtak {id} i møtet {meeting} er fjerna',
    en: 'Decision {id} at meeting {meeting} removed',
  },
  'diff.action.added': {
    nb: 'Oppfølgingspunkt {id} fra møtet {meeting}: {text}',
    nn: 'Oppfølgingspunkt {id} frå møtet {meeting}: {text}',
    en: 'Action {id} from meeting {meeting}: {text}',
  },
  'diff.action.removed': {
    nb: 'Oppfølgingspunkt {id} fra møtet {meeting} er fjernet',
    nn: 'Oppfølgingspunkt {id} frå møtet {meeting} er fjerna',
    en: 'Action {id} from meeting {meeting} removed',
  },
  'diff.action.done': {
    nb: 'Oppfølgingspunkt {id} fra møtet {meeting} er utført {done}',
    nn: 'Oppfølgingspunkt {id} frå møtet {meeting} er utført {done}',
    en: 'Action {id} from meeting {meeting} done on {done}',
  },
  'diff.plan.added': {
    nb: 'Handlingsplanen {id} er lagt til som utkast: {title}',
    nn: 'Handlingsplanen {id} er lagd til som utkast: {title}',
    en: 'Action plan {id} added as a draft: {title}',
  },
  'diff.plan.removed': {
    nb: 'Handlingsplanen {id} er fjernet: {title}',
    nn: 'Handlingsplanen {id} er fjerna: {title}',
    en: 'Action plan {id} removed: {title}',
  },
  'diff.plan.adopted': {
    nb: 'Handlingsplanen {id} er vedtatt {date}: {title}',
    nn: 'Handlingsplanen {id} er vedteken {date}: {title}',
    en: 'Action plan {id} adopted on {date}: {title}',
  },
  'diff.plan.retired': {
    nb: 'Handlingsplanen {id} er avsluttet {date}: {title}',
    nn: 'Handlingsplanen {id} er avslutta {date}: {title}',
    en: 'Action plan {id} retired on {date}: {title}',
  },
  'diff.measure.added': {
    nb: 'Tiltak {id} i {plan}: {title}',
    nn: 'Tiltak {id} i {plan}: {title}',
    en: 'Measure {id} in {plan}: {title}',
  },
  'diff.measure.removed': {
    nb: 'Tiltak {id} i {plan} er fjernet',
    nn: 'Tiltak {id} i {plan} er fjerna',
    en: 'Measure {id} in {plan} removed',
  },
  'diff.measure.done': {
    nb: 'Tiltak {id} i {plan} er gjennomført {done}: {title}',
    nn: 'Tiltak {id} i {plan} er gjennomført {done}: {title}',
    en: 'Measure {id} in {plan} carried out on {done}: {title}',
  },
  'diff.person.added': {
    nb: 'Personen {id} er lagt til',
    nn: 'Personen {id} er lagd til',
    en: 'Person {id} added',
  },
  'diff.person.removed': {
    nb: 'Personen {id} er fjernet',
    nn: 'Personen {id} er fjerna',
    en: 'Person {id} removed',
  },
  'diff.obligation.added': {
    nb: '{title}: ny, {state}, frist {deadline}',
    nn: '{title}: ny, {state}, frist {deadline}',
    en: '{title}: new, {state}, deadline {deadline}',
  },
  'diff.obligation.removed': {
    nb: '{title}: ikke lenger en forpliktelse',
    nn: '{title}: ikkje lenger ei plikt',
    en: '{title}: no longer an obligation',
  },
  'diff.obligation.state': {
    nb: 'status {from} → {to}',
    nn: 'status {from} → {to}',
    en: 'state {from} → {to}',
  },
  'diff.obligation.deadline': {
    nb: 'frist {from} → {to}',
    nn: 'frist {from} → {to}',
    en: 'deadline {from} → {to}',
  },
  'diff.obligation.holder': {
    nb: 'ansvarlig {from} → {to}',
    nn: 'ansvarleg {from} → {to}',
    en: 'responsible {from} → {to}',
  },
  'diff.more': { nb: '{n} til', nn: '{n} til', en: '{n} more' },
  'diff.nobody': { nb: 'ingen', nn: 'ingen', en: 'nobody' },
} as const satisfies Catalogue;
