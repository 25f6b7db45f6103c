import type { Catalogue } from './catalogue.js';

// SPEC section 13: "SSU er programkomité for partnarskapsmøtet", "FSU møtes om lag to veker før
// SSU", "på første møte i valgperioden velges leder og nestleder".

export const fieldDocsPrepares: Catalogue = {
  'doc.agreement.governance.bodies.agenda.item': {
    nb: 'Saken slik den skal stå på agendaen (som «Valg av leder og nestleder»).',
    nn: 'Saka slik ho skal stå på agendaen (som «Val av leiar og nestleiar»).',
    en: 'The item as it is to appear on the agenda (like "Val av leiar og nestleiar").',
  },
  'doc.agreement.governance.bodies.agenda.at': {
    nb: 'Hvilke møter saken hører til: «every» (alle, standard), «first-of-year» (årets første møte), «last-of-year» (årets siste møte) eller «first-of-term» (første møte i en ny periode for lederen eller medlemmene).',
    nn: 'Kva møte saka høyrer til: «every» (alle, standard), «first-of-year» (første møtet i året), «last-of-year» (siste møtet i året) eller «first-of-term» (første møtet i ein ny periode for leiaren eller medlemene).',
    en: 'Which meetings the item belongs on: "every" (all, the default), "first-of-year" (the first meeting of the year), "last-of-year" (the last meeting of the year) or "first-of-term" (the first meeting of a new term of the leader or the members).',
  },
  'doc.agreement.governance.bodies.prepares': {
    nb: 'Møtene i et annet organ som dette organet forbereder («SSU er programkomité for partnarskapsmøtet»): før hvert av dem skal dette organet ha holdt et møte.',
    nn: 'Møta i eit anna organ som dette organet førebur («SSU er programkomité for partnarskapsmøtet»): før kvart av dei skal dette organet ha halde eit møte.',
    en: 'The meetings of another body that this body prepares ("SSU is the programme committee of the partnership meeting"): before each of them this body is to have held a meeting.',
  },
  'doc.agreement.governance.bodies.prepares.body': {
    nb: 'Id-en til organet som får møtene sine forberedt (som «partnarskapsmote»). Organet må ha «meets».',
    nn: 'Id-en til organet som får møta sine førebudde (som «partnarskapsmote»). Organet må ha «meets».',
    en: 'The id of the body whose meetings are prepared (like "partnarskapsmote"). That body must have "meets".',
  },
  'doc.agreement.governance.bodies.prepares.within': {
    nb: 'Hvor mange dager før møtet det forberedende møtet tidligst kan holdes, som «30 days»; samme dag teller. «0 days»: samme dag.',
    nn: 'Kor mange dagar før møtet det førebuande møtet tidlegast kan haldast, som «30 days»; same dagen tel. «0 days»: same dagen.',
    en: 'How many days before the meeting the preparatory meeting may be held at the earliest, like "30 days"; the same day counts. "0 days": the same day.',
  },
  'doc.message.prepares-within': {
    nb: 'Skriv et antall dager, som «30 days» (høyst 999).',
    nn: 'Skriv eit tal dagar, som «30 days» (høgst 999).',
    en: 'Write a number of days, like "30 days" (at most 999).',
  },
  'doc.agreement.governance.bodies.reportsTo': {
    nb: 'Id-en til organet dette organet rapporterer til: «Rapport fra …» kommer med i forslaget til agenda for hvert av møtene der.',
    nn: 'Id-en til organet dette organet rapporterer til: «Rapport frå …» kjem med i framlegget til agenda for kvart av møta der.',
    en: 'The id of the body this body reports to: "Report from …" is included in the draft agenda of each of its meetings.',
  },
  'doc.agreement.governance.workingGroups.reportsTo': {
    nb: 'Id-en til organet arbeidsgruppene rapporterer til (standard: «committee», ellers organet som vedtar handlingsplaner); en gruppe kan ha sitt eget i working-groups.yaml.',
    nn: 'Id-en til organet arbeidsgruppene rapporterer til (standard: «committee», elles organet som vedtek handlingsplanar); ei gruppe kan ha sitt eige i working-groups.yaml.',
    en: 'The id of the body the working groups report to (default: "committee", else the body that adopts action plans); a group may set its own in working-groups.yaml.',
  },
  'doc.working-groups.workingGroups.reportsTo': {
    nb: 'Id-en til organet gruppen rapporterer til; rapporten kommer da på agendaen der (standard: governance.workingGroups.reportsTo).',
    nn: 'Id-en til organet gruppa rapporterer til; rapporten kjem då på agendaen der (standard: governance.workingGroups.reportsTo).',
    en: "The id of the body the group reports to; its report then goes on that body's agenda (default: governance.workingGroups.reportsTo).",
  },
};
