import type { Catalogue } from './catalogue.js';
import { fieldDocsCancel } from './field-docs-cancel.js';
import { fieldDocsMeetingTime } from './field-docs-meeting-time.js';
import { fieldDocsPrepares } from './field-docs-prepares.js';
import { fieldDocsRetire } from './field-docs-retire.js';
import { fieldDocsRoles } from './field-docs-roles.js';
import { fieldDocsSeats } from './field-docs-seats.js';
import { fieldDocsWithdrawal } from './field-docs-withdrawal.js';

/**
 * What every key of the data files means, shown by the editor on hover (the JSON Schemas'
 * `description`, written by src/schema/json-schema.ts). Ids: `doc.file.<schema>` for a whole file,
 * `doc.<schema>.<key path>` for a key (lists and maps of ids add no step to the path), and
 * `doc.any.<key>` for a key that means the same in every file. Clause numbers ("punkt 4") are
 * those of the Buskerud agreement (shared/seeds/samarbeidsavtale-buskerud-2024.txt).
 * Loaded only by `samarbeid schema` and `init`: start-up does without it.
 */
export const fieldDocs: Catalogue = {
  ...fieldDocsRoles,
  ...fieldDocsWithdrawal,
  ...fieldDocsSeats,
  ...fieldDocsCancel,
  ...fieldDocsPrepares,
  ...fieldDocsMeetingTime,
  ...fieldDocsRetire,
  // Messages for values of the wrong form, in place of the raw pattern.
  'doc.message.date': {
    nb: 'Ikke en dato som finnes, på formen ÅÅÅÅ-MM-DD med år 1900–2999 (som 2026-03-15).',
    nn: 'Ikkje ein dato som finst, på forma ÅÅÅÅ-MM-DD med år 1900–2999 (som 2026-03-15).',
    en: 'Not a date that exists, in the form YYYY-MM-DD with a year 1900–2999 (like 2026-03-15).',
  },
  'doc.message.id': {
    nb: 'Ikke en gyldig id: små bokstaver a–z, sifre og enkle bindestreker, som «nav-vest-viken».',
    nn: 'Ikkje ein gyldig id: små bokstavar a–z, siffer og enkle bindestrekar, som «nav-vest-viken».',
    en: 'Not a valid id: lower-case a–z, digits and single hyphens, like "nav-vest-viken".',
  },
  'doc.message.cadence': {
    nb: 'Ukjent frekvens. Bruk «yearly», «half-yearly», «tertial», «quarterly», «monthly», «4 per year», «every 6 weeks» eller null.',
    nn: 'Ukjend frekvens. Bruk «yearly», «half-yearly», «tertial», «quarterly», «monthly», «4 per year», «every 6 weeks» eller null.',
    en: 'Unknown cadence. Use "yearly", "half-yearly", "tertial", "quarterly", "monthly", "4 per year", "every 6 weeks" or null.',
  },
  'doc.message.due': {
    nb: 'Ukjent frist. Bruk en frekvens («yearly», «4 per year», «every 6 months» …), for årlige gjerne med dag: «yearly by 02-15».',
    nn: 'Ukjend frist. Bruk ein frekvens («yearly», «4 per year», «every 6 months» …), for årlege gjerne med dag: «yearly by 02-15».',
    en: 'Unknown due. Use a cadence ("yearly", "4 per year", "every 6 months" …), for yearly ones optionally with a day: "yearly by 02-15".',
  },
  'doc.message.month-day': {
    nb: 'Skriv en dag i året som MM-DD, for eksempel 05-31 for 31. mai.',
    nn: 'Skriv ein dag i året som MM-DD, til dømes 05-31 for 31. mai.',
    en: 'Write a day of the year as MM-DD, e.g. 05-31 for 31 May.',
  },
  'doc.message.date-or-interval': {
    nb: 'Ikke en dato eller et datointervall: ÅÅÅÅ-MM-DD, eller to datoer med / mellom (som 2027-02-22/2027-02-26).',
    nn: 'Ikkje ein dato eller eit datointervall: ÅÅÅÅ-MM-DD, eller to datoar med / mellom (som 2027-02-22/2027-02-26).',
    en: 'Not a date or an interval of dates: YYYY-MM-DD, or two dates with / between (like 2027-02-22/2027-02-26).',
  },
  'doc.message.email': {
    nb: 'Ikke en e-postadresse (som «navn@nav.no»).',
    nn: 'Ikkje ei e-postadresse (som «namn@nav.no»).',
    en: 'Not an e-mail address (like "name@nav.no").',
  },

  'doc.any.schemaVersion': {
    nb: 'Versjonen av filformatet. Alltid 1.',
    nn: 'Versjonen av filformatet. Alltid 1.',
    en: 'The version of the file format. Always 1.',
  },

  // agreement.yaml
  'doc.file.samarbeid': {
    nb: 'Innstillinger for alle avtalene i mappen: språk og hvor alvorlig hver regel i validate skal regnes (docs/config.md).',
    nn: 'Innstillingar for alle avtalane i mappa: språk og kor alvorleg kvar regel i validate skal reknast (docs/config.md).',
    en: 'Settings for every agreement in this folder: the language and how serious each rule of validate is (docs/config.md).',
  },
  'doc.samarbeid.lang': {
    nb: 'Språket utdataene skal ha når --lang ikke er gitt: nb (bokmål), nn (nynorsk) eller en (engelsk).',
    nn: 'Språket utdataa skal ha når --lang ikkje er gitt: nb (bokmål), nn (nynorsk) eller en (engelsk).',
    en: 'The language of the output when --lang is not given: nb (Bokmål), nn (Nynorsk) or en (English).',
  },
  'doc.samarbeid.rules': {
    nb: 'Per regelkode (docs/rules.md): «off» (slått av), «warning» (advarsel) eller «error» (feil), i stedet for standarden.',
    nn: 'Per regelkode (docs/rules.md): «off» (slått av), «warning» (åtvaring) eller «error» (feil), i staden for standarden.',
    en: 'Per rule code (docs/rules.md): off, warning or error, in place of its default.',
  },
  'doc.samarbeid.rule': {
    nb: 'Regelen {rule} (docs/rules.md): «off», «warning» eller «error». Standard: {default}.',
    nn: 'Regelen {rule} (docs/rules.md): «off», «warning» eller «error». Standard: {default}.',
    en: 'The rule {rule} (docs/rules.md): off, warning or error. Default: {default}.',
  },
  'doc.samarbeid.error': { nb: 'feil', nn: 'feil', en: 'error' },
  'doc.samarbeid.warning': { nb: 'advarsel', nn: 'åtvaring', en: 'warning' },
  'doc.file.agreement': {
    nb: 'Selve samarbeidsavtalen, med parter, gyldighet, vedtak, signering, formål, samarbeidsområder og styring.',
    nn: 'Sjølve samarbeidsavtalen, med partar, gyldigheit, vedtak, signering, formål, samarbeidsområde og styring.',
    en: 'The cooperation agreement itself: parties, validity, approvals, signing, purposes, areas and governance.',
  },
  'doc.agreement.id': {
    nb: 'Avtalens id, som andre avtaler viser til i «supersedes» (som «buskerud-2024»).',
    nn: 'Id-en til avtalen, som andre avtalar viser til i «supersedes» (som «buskerud-2024»).',
    en: 'The id of the agreement, which other agreements refer to in "supersedes" (like "buskerud-2024").',
  },
  'doc.agreement.title': {
    nb: 'Avtalens tittel slik den står i dokumentet.',
    nn: 'Tittelen på avtalen slik han står i dokumentet.',
    en: 'The title of the agreement as the document gives it.',
  },
  'doc.agreement.language': {
    nb: 'Språket i rapportene for denne avtalen: «nb» (bokmål, standard), «nn» (nynorsk) eller «en» (engelsk).',
    nn: 'Språket i rapportane for denne avtalen: «nb» (bokmål, standard), «nn» (nynorsk) eller «en» (engelsk).',
    en: 'The language of the reports for this agreement: "nb" (bokmål, the default), "nn" (nynorsk) or "en" (English).',
  },
  'doc.agreement.parties': {
    nb: 'Avtalepartene, minst to (punkt 1).',
    nn: 'Avtalepartane, minst to (punkt 1).',
    en: 'The parties to the agreement, two or more (clause 1).',
  },
  'doc.agreement.parties.id': {
    nb: 'Partens id, som resten av filene bruker (som «buskerud-fk»).',
    nn: 'Id-en til parten, som resten av filene bruker (som «buskerud-fk»).',
    en: 'The id of the party, used in the other files (like "buskerud-fk").',
  },
  'doc.agreement.parties.name': {
    nb: 'Partens fulle navn (som «Buskerud fylkeskommune»).',
    nn: 'Det fulle namnet på parten (som «Buskerud fylkeskommune»).',
    en: 'The full name of the party (like "Buskerud fylkeskommune").',
  },
  'doc.agreement.parties.shortName': {
    nb: 'Et kort navn på parten til rapporter og tabeller (valgfritt).',
    nn: 'Eit kort namn på parten til rapportar og tabellar (valfritt).',
    en: 'A short name of the party for reports and tables (optional).',
  },
  'doc.agreement.validity': {
    nb: 'Når avtalen gjelder (punkt 9, varighet).',
    nn: 'Når avtalen gjeld (punkt 9, varigheit).',
    en: 'When the agreement applies (clause 9, duration).',
  },
  'doc.agreement.validity.from': {
    nb: 'Første dag avtalen gjelder.',
    nn: 'Første dagen avtalen gjeld.',
    en: 'The first day on which the agreement applies.',
  },
  'doc.agreement.validity.until': {
    nb: 'Første dag avtalen ikke lenger gjelder («gjelder fram til 01.01.2028» er 2028-01-01); null når den varer til en part vil revidere den.',
    nn: 'Første dagen avtalen ikkje lenger gjeld («gjeld fram til 01.01.2028» er 2028-01-01); null når han varer til ein part vil revidere han.',
    en: 'The first day on which the agreement no longer applies ("until 01.01.2028" is 2028-01-01); null when it lasts until a party asks for revision.',
  },
  'doc.agreement.validity.note': {
    nb: 'Varigheten med avtalens egne ord (som «Varer til en av partene ønsker å revidere avtalen»).',
    nn: 'Varigheita med orda til avtalen sjølv (som «Varer til ein av partane ønskjer å revidere avtalen»).',
    en: 'The duration in the words of the agreement (like "Lasts until one of the parties wishes to revise it").',
  },
  'doc.agreement.supersedes': {
    nb: 'Id-en til avtalen denne erstatter (som «viken-2020»); den gamle regnes som avløst.',
    nn: 'Id-en til avtalen denne erstattar (som «viken-2020»); den gamle vert rekna som avløyst.',
    en: 'The id of the agreement this one replaces (like "viken-2020"); the old one counts as superseded.',
  },
  'doc.agreement.approvals': {
    nb: 'Vedtakene som godkjente avtalen, ett per organ (som fylkesrådet).',
    nn: 'Vedtaka som godkjende avtalen, eitt per organ (som fylkesrådet).',
    en: 'The decisions that approved the agreement, one per approving body (like the county council).',
  },
  'doc.agreement.approvals.body': {
    nb: 'Organet som godkjente avtalen (som «Fylkesrådet»).',
    nn: 'Organet som godkjende avtalen (som «Fylkesrådet»).',
    en: 'The body that approved the agreement (like "Fylkesrådet").',
  },
  'doc.agreement.approvals.date': {
    nb: 'Datoen for vedtaket.',
    nn: 'Datoen for vedtaket.',
    en: 'The date of the decision.',
  },
  'doc.agreement.approvals.caseNumber': {
    nb: 'Saksnummeret i arkivet (som «2020/78419»).',
    nn: 'Saksnummeret i arkivet (som «2020/78419»).',
    en: 'The case number in the archive (like "2020/78419").',
  },
  'doc.agreement.approvals.note': {
    nb: 'En merknad til vedtaket.',
    nn: 'Ein merknad til vedtaket.',
    en: 'A note on the decision.',
  },
  'doc.agreement.signing': {
    nb: 'Signeringen av avtalen: sted, dato og hvem som signerte.',
    nn: 'Signeringa av avtalen: stad, dato og kven som signerte.',
    en: 'The signing of the agreement: place, date and who signed.',
  },
  'doc.agreement.signing.place': {
    nb: 'Stedet avtalen ble signert (som «Buskerud»).',
    nn: 'Staden avtalen vart signert (som «Buskerud»).',
    en: 'The place where the agreement was signed (like "Buskerud").',
  },
  'doc.agreement.signing.date': {
    nb: 'Datoen avtalen ble signert; null når dokumentet ikke oppgir den.',
    nn: 'Datoen avtalen vart signert; null når dokumentet ikkje oppgir han.',
    en: 'The date the agreement was signed; null when the document does not give it.',
  },
  'doc.agreement.signing.signatories': {
    nb: 'Den som signerte for hver part.',
    nn: 'Den som signerte for kvar part.',
    en: 'Who signed for each party.',
  },
  'doc.agreement.signing.signatories.party': {
    nb: 'Id-en til parten det ble signert for.',
    nn: 'Id-en til parten det vart signert for.',
    en: 'The id of the party signed for.',
  },
  'doc.agreement.signing.signatories.name': {
    nb: 'Navnet på den som signerte.',
    nn: 'Namnet på den som signerte.',
    en: 'The name of the person who signed.',
  },
  'doc.agreement.signing.signatories.title': {
    nb: 'Stillingen til den som signerte (som «Fylkesordfører»).',
    nn: 'Stillinga til den som signerte (som «Fylkesordførar»).',
    en: 'The position of the person who signed (like "Fylkesordfører").',
  },
  'doc.agreement.purposes': {
    nb: 'Formålene med avtalen, ett per punkt (punkt 3).',
    nn: 'Formåla med avtalen, eitt per punkt (punkt 3).',
    en: 'The purposes of the agreement, one per item (clause 3).',
  },
  'doc.agreement.areas': {
    nb: 'Samarbeidsområdene (punkt 5); arbeidsgrupper, tiltak, underavtaler og evalueringer viser til dem med id.',
    nn: 'Samarbeidsområda (punkt 5); arbeidsgrupper, tiltak, underavtalar og evalueringar viser til dei med id.',
    en: 'The areas of cooperation (clause 5); working groups, measures, sub-agreements and evaluations refer to them by id.',
  },
  'doc.agreement.areas.id': {
    nb: 'Områdets id (som «opplaeringslop»).',
    nn: 'Id-en til området (som «opplaeringslop»).',
    en: 'The id of the area (like "opplaeringslop").',
  },
  'doc.agreement.areas.title': {
    nb: 'Områdets navn slik avtalen formulerer det.',
    nn: 'Namnet på området slik avtalen formulerer det.',
    en: 'The name of the area as the agreement puts it.',
  },
  'doc.agreement.areas.description': {
    nb: 'Mer om området, med avtalens ord.',
    nn: 'Meir om området, med orda til avtalen.',
    en: 'More about the area, in the words of the agreement.',
  },
  'doc.agreement.governance': {
    nb: 'Hvordan samarbeidet styres (punkt 4): organene og hvor ofte de møtes, rapportering, evaluering og varsler.',
    nn: 'Korleis samarbeidet vert styrt (punkt 4): organa og kor ofte dei møtest, rapportering, evaluering og varsel.',
    en: 'How the cooperation is governed (clause 4): the bodies and how often they meet, reporting, evaluation and reminders.',
  },
  'doc.agreement.governance.bodies': {
    nb: 'Organene som møtes, med id som nøkkel (som «top», «middle», «committee»); minst ett.',
    nn: 'Organa som møtest, med id som nøkkel (som «top», «middle», «committee»); minst eitt.',
    en: 'The bodies that meet, keyed by id (like "top", "middle", "committee"); one or more.',
  },
  'doc.agreement.governance.bodies.name': {
    nb: 'Organets navn (som «Toppledernivå» eller «Samarbeidsutvalget»).',
    nn: 'Namnet på organet (som «Toppleiarnivå» eller «Samarbeidsutvalet»).',
    en: 'The name of the body (like "Toppledernivå" or "Samarbeidsutvalget").',
  },
  'doc.agreement.governance.bodies.meets': {
    nb: 'Hvor ofte organet skal møtes: en frekvens som «yearly» («årlige møter») eller «tertial» («minimum tertialvise møter»), eller null for «ved behov» uten frist.',
    nn: 'Kor ofte organet skal møtast: ein frekvens som «yearly» («årlege møte») eller «tertial» («minimum tertialvise møte»), eller null for «ved behov» utan frist.',
    en: 'How often the body is to meet: a cadence like "yearly" ("annual meetings") or "tertial" ("at least every tertial"), or null for "as needed", without a deadline.',
  },
  'doc.agreement.governance.bodies.by': {
    nb: 'Med «yearly» eller «<n> per year»: dagen (MM-DD) årets møter skal være holdt innen, for eksempel 05-31 for «innen utgangen av mai». Et senere møte samme år teller fortsatt for året.',
    nn: 'Med «yearly» eller «<n> per year»: dagen (MM-DD) møta i året skal vere haldne innan, til dømes 05-31 for «innan utgangen av mai». Eit seinare møte same år tel framleis for året.',
    en: 'With "yearly" or "<n> per year": the day (MM-DD) by which the year\'s meetings are due, e.g. 05-31 for "by the end of May". A later meeting that year still counts for the year.',
  },
  'doc.agreement.governance.bodies.noticeDays': {
    nb: 'Hvor mange dager før et møte i dette organet innkallingen må sendes (standard: governance.noticeDays).',
    nn: 'Kor mange dagar før eit møte i dette organet innkallinga må sendast (standard: governance.noticeDays).',
    en: 'How many days before a meeting of this body the notice must go out (default: governance.noticeDays).',
  },
  'doc.agreement.governance.bodies.host': {
    nb: 'Hvem som er vert for møtene: «rotate» (partene etter tur, punkt 4: koordineringen alternerer årlig), «secretariat» eller id-en til en part.',
    nn: 'Kven som er vert for møta: «rotate» (partane etter tur, punkt 4: koordineringa alternerer årleg), «secretariat» eller id-en til ein part.',
    en: 'Who hosts the meetings: "rotate" (the parties in turn; clause 4: coordination alternates yearly), "secretariat", or the id of a party.',
  },
  'doc.agreement.governance.bodies.rotation': {
    nb: 'Rekkefølgen partene er vert i når vertskapet går på omgang (standard: rekkefølgen i «parties»).',
    nn: 'Rekkjefølgja partane er vert i når vertskapet går på omgang (standard: rekkjefølgja i «parties»).',
    en: 'The order in which the parties host when hosting rotates (default: the order of "parties").',
  },
  'doc.agreement.governance.bodies.adopts': {
    nb: 'true når organets møter vedtar handlingsplaner og underavtaler (mellomledernivået i punkt 4).',
    nn: 'true når møta i organet vedtek handlingsplanar og underavtalar (mellomleiarnivået i punkt 4).',
    en: 'true when the meetings of the body adopt action plans and sub-agreements (the middle level in clause 4).',
  },
  'doc.agreement.governance.bodies.agenda': {
    nb: 'Faste saker på agendaen, som kommer med i påminnelser: en tekst (hvert møte, som «Status i samarbeidet») eller { item, at } for saker som hører til bestemte møter.',
    nn: 'Faste saker på agendaen, som kjem med i påminningar: ein tekst (kvart møte, som «Status i samarbeidet») eller { item, at } for saker som høyrer til bestemte møte.',
    en: 'Standing agenda items, included in reminders: a text (every meeting, like "Status i samarbeidet") or { item, at } for items that belong on certain meetings.',
  },
  'doc.agreement.governance.workingGroups': {
    nb: 'Det som gjelder for alle arbeidsgruppene.',
    nn: 'Det som gjeld for alle arbeidsgruppene.',
    en: 'What applies to all working groups.',
  },
  'doc.agreement.governance.workingGroups.reporting': {
    nb: 'Hvor ofte arbeidsgruppene rapporterer til samarbeidsutvalget (som «every 4 months»); en gruppe kan ha sin egen i working-groups.yaml.',
    nn: 'Kor ofte arbeidsgruppene rapporterer til samarbeidsutvalet (som «every 4 months»); ei gruppe kan ha sin eigen i working-groups.yaml.',
    en: 'How often the working groups report to the cooperation committee (like "every 4 months"); a group may set its own in working-groups.yaml.',
  },
  'doc.agreement.governance.evaluation': {
    nb: 'Hvor ofte resultatene evalueres (punkt 6).',
    nn: 'Kor ofte resultata vert evaluerte (punkt 6).',
    en: 'How often results are evaluated (clause 6).',
  },
  'doc.agreement.governance.evaluation.agreement': {
    nb: 'Hvor ofte avtalens resultater evalueres og rapporteres (punkt 6: «årlig», «yearly»).',
    nn: 'Kor ofte resultata av avtalen vert evaluerte og rapporterte (punkt 6: «årleg», «yearly»).',
    en: 'How often the results of the agreement are evaluated and reported (clause 6: "yearly").',
  },
  'doc.agreement.governance.evaluation.actionPlans': {
    nb: 'Hvor ofte hver vedtatt handlingsplan evalueres (som «every 12 months»: handlingsplanen revideres årlig).',
    nn: 'Kor ofte kvar vedteken handlingsplan vert evaluert (som «every 12 months»: handlingsplanen vert revidert årleg).',
    en: 'How often each adopted action plan is evaluated (like "every 12 months": the plan is revised yearly).',
  },
  'doc.agreement.governance.remindDaysBefore': {
    nb: 'Hvor mange dager før fristen en forpliktelse regnes som «snart» (standard 30).',
    nn: 'Kor mange dagar før fristen ei plikt vert rekna som «snart» (standard 30).',
    en: 'How many days before a deadline it counts as "due soon" (default 30).',
  },
  'doc.agreement.governance.noticeDays': {
    nb: 'Hvor mange dager før et møte innkallingen må sendes (standard 14).',
    nn: 'Kor mange dagar før eit møte innkallinga må sendast (standard 14).',
    en: 'How many days before a meeting the invitation must go out (default 14).',
  },
  'doc.agreement.governance.calendar': {
    nb: 'Dager det ikke foreslås møter på, i tillegg til helger og helligdager (standard: julaften, romjul, nyttårsaften og fellesferien).',
    nn: 'Dagar det ikkje vert føreslått møte på, i tillegg til helgar og heilagdagar (standard: julaftan, romjul, nyttårsaftan og fellesferien).',
    en: "Days on which no meeting is proposed, besides weekends and public holidays (default: Christmas Eve, romjul, New Year's Eve and the summer holiday).",
  },
  'doc.agreement.governance.calendar.avoid': {
    nb: 'Perioder som unngås: «julaften» (24. desember), «romjul» (27.–30. desember), «nyttarsaften» (31. desember), «fellesferie» (uke 28–30) og «paskeuka» (mandag–onsdag før skjærtorsdag); [] unngår ingen.',
    nn: 'Periodar som vert unngått: «julaften» (24. desember), «romjul» (27.–30. desember), «nyttarsaften» (31. desember), «fellesferie» (veke 28–30) og «paskeuka» (måndag–onsdag før skjærtorsdag); [] unngår ingen.',
    en: 'Periods avoided: julaften (24 December), romjul (27-30 December), nyttarsaften (31 December), fellesferie (ISO weeks 28-30) and paskeuka (Monday to Wednesday before Maundy Thursday); [] avoids none.',
  },
  'doc.agreement.governance.calendar.closed': {
    nb: 'Datoer eller datointervaller der ingen møter legges, som 2027-10-04 eller 2027-02-22/2027-02-26 (vinterferie).',
    nn: 'Datoar eller datointervall der ingen møte vert lagde, som 2027-10-04 eller 2027-02-22/2027-02-26 (vinterferie).',
    en: 'Dates or intervals of dates with no meetings, like 2027-10-04 or 2027-02-22/2027-02-26 (winter break).',
  },
  'doc.agreement.governance.trackedFrom': {
    nb: 'Dagen sekretariatet begynte å føre avtalen i samarbeid; perioder og frister før den blir aldri meldt som ikke oppfylt («samarbeid init» skriver dagens dato).',
    nn: 'Dagen sekretariatet byrja å føre avtalen i samarbeid; periodar og fristar før han vert aldri melde som ikkje oppfylte («samarbeid init» skriv dagens dato).',
    en: 'The day the secretariat began keeping the agreement in samarbeid; periods and deadlines before it are never reported as missed ("samarbeid init" writes today\'s date).',
  },
  'doc.agreement.governance.duties': {
    nb: 'Faste plikter som ikke er møter, for eksempel «årsregnskapet avlegges innen 15. februar».',
    nn: 'Faste plikter som ikkje er møte, til dømes «årsrekneskapen vert lagd fram innan 15. februar».',
    en: 'Recurring duties that are not meetings, e.g. "the annual accounts are presented by 15 February".',
  },
  'doc.agreement.governance.duties.id': {
    nb: 'Pliktens id (små bokstaver, tall og bindestrek), brukt i duties.yaml og i «fulfils».',
    nn: 'Id-en til plikta (små bokstavar, tal og bindestrek), brukt i duties.yaml og i «fulfils».',
    en: 'The duty\'s id (lower-case letters, digits and hyphens), used in duties.yaml and in "fulfils".',
  },
  'doc.agreement.governance.duties.title': {
    nb: 'Hva plikten er, slik den vises i status og årshjul.',
    nn: 'Kva plikta er, slik ho vert vist i status og årshjul.',
    en: 'What the duty is, as status and the year plan show it.',
  },
  'doc.agreement.governance.duties.due': {
    nb: 'Når plikten forfaller: en frekvens, for årlige gjerne med dag, for eksempel «yearly by 02-15».',
    nn: 'Når plikta forfell: ein frekvens, for årlege gjerne med dag, til dømes «yearly by 02-15».',
    en: 'When the duty falls due: a cadence, for yearly ones optionally with a day, e.g. "yearly by 02-15".',
  },
  'doc.agreement.governance.duties.responsible': {
    nb: 'Hvem som har ansvaret: secretariat (standard), eller id-en til en part, en side, et organ eller en person.',
    nn: 'Kven som har ansvaret: secretariat (standard), eller id-en til ein part, ei side, eit organ eller ein person.',
    en: 'Who is responsible: secretariat (the default), or the id of a party, side, body or person.',
  },
  'doc.agreement.governance.duties.at': {
    nb: 'Organet som må gjøre det: plikten er da oppfylt bare av et vedtak med «fulfils» i et holdt møte i dette organet.',
    nn: 'Organet som må gjere det: plikta er då oppfylt berre av eit vedtak med «fulfils» i eit halde møte i dette organet.',
    en: 'The body that must do it: the duty is then done only by a decision with "fulfils" in a held meeting of this body.',
  },
  'doc.agreement.governance.minutesDays': {
    nb: 'Hvor mange dager etter et møte referatet skal være lagt inn i «minutes» (standard 14).',
    nn: 'Kor mange dagar etter eit møte referatet skal vere lagt inn i «minutes» (standard 14).',
    en: 'How many days after a meeting its minutes are to be recorded in "minutes" (default 14).',
  },
  'doc.message.minutes-approval': {
    nb: 'Ukjent godkjenning. Bruk «next-meeting» (i neste møte) eller et antall dager etter møtet, som «30 days».',
    nn: 'Ukjend godkjenning. Bruk «next-meeting» (i neste møte) eller eit tal dagar etter møtet, som «30 days».',
    en: 'Unknown approval. Use "next-meeting" (at the next meeting) or a number of days after the meeting, like "30 days".',
  },
  'doc.agreement.governance.minutes': {
    nb: 'Plikten til å skrive og godkjenne referat («referat sendes på høring og godkjennes i neste møte»). Når den står her, viser status, påminnelser og årshjulet referatet til hvert holdt møte som en frist.',
    nn: 'Plikta til å skrive og godkjenne referat («referat sendes på høring og godkjennes i neste møte»). Når ho står her, viser status, påminningar og årshjulet referatet til kvart halde møte som ein frist.',
    en: 'The duty to write and approve minutes ("minutes are circulated for comment and approved at the next meeting"). Written here, status, reminders and the year plan show the minutes of every held meeting as a deadline.',
  },
  'doc.agreement.governance.minutes.days': {
    nb: 'Hvor mange dager etter et holdt møte referatet skal foreligge (standard 14; går foran «minutesDays»).',
    nn: 'Kor mange dagar etter eit halde møte referatet skal liggje føre (standard 14; går framfor «minutesDays»).',
    en: 'How many days after a held meeting its minutes are due (default 14; takes precedence over "minutesDays").',
  },
  'doc.agreement.governance.minutes.approval': {
    nb: 'Når referatet skal være godkjent: «next-meeting» (i organets neste møte) eller «30 days» (så mange dager etter møtet). Uten denne trenger referatet ingen godkjenning.',
    nn: 'Når referatet skal vere godkjent: «next-meeting» (i neste møte i organet) eller «30 days» (så mange dagar etter møtet). Utan denne treng referatet inga godkjenning.',
    en: 'When the minutes are to be approved: "next-meeting" (at the body\'s next meeting) or "30 days" (that many days after the meeting). Without it the minutes need no approval.',
  },

  // people.yaml
  'doc.file.people': {
    nb: 'Personene i samarbeidet, etter rolle, med kontaktansvarlige, sekretariat og samarbeidsutvalg.',
    nn: 'Personane i samarbeidet, etter rolle, med kontaktansvarlege, sekretariat og samarbeidsutval.',
    en: 'The people of the cooperation, by role, with the contacts, the secretariat and the cooperation committee.',
  },
  'doc.people.people': {
    nb: 'Alle personer som nevnes i avtalens filer, én gang hver.',
    nn: 'Alle personar som er nemnde i filene til avtalen, éin gong kvar.',
    en: 'Everyone the files of the agreement name, once each.',
  },
  'doc.people.people.id': {
    nb: 'Personens id, som resten av filene bruker (som «sekretariat-bfk»).',
    nn: 'Id-en til personen, som resten av filene bruker (som «sekretariat-bfk»).',
    en: 'The id of the person, used in the other files (like "sekretariat-bfk").',
  },
  'doc.people.people.party': {
    nb: 'Id-en til parten personen arbeider for.',
    nn: 'Id-en til parten personen arbeider for.',
    en: 'The id of the party the person works for.',
  },
  'doc.people.people.role': {
    nb: 'Personens rolle (som «Seksjonsleder for Opplæring og samhandling»); roller er nok (punkt 7, personvern).',
    nn: 'Rolla til personen (som «Seksjonsleiar for Opplæring og samhandling»); roller er nok (punkt 7, personvern).',
    en: 'The role of the person (like "Seksjonsleder for Opplæring og samhandling"); roles are enough (clause 7, privacy).',
  },
  'doc.people.people.name': {
    nb: 'Personens navn (valgfritt: lagre bare det som trengs, punkt 7).',
    nn: 'Namnet på personen (valfritt: lagre berre det som trengst, punkt 7).',
    en: 'The name of the person (optional: keep only what is needed, clause 7).',
  },
  'doc.people.people.email': {
    nb: 'Jobbadressen for e-post, for påminnelser (valgfritt).',
    nn: 'E-postadressa på jobben, for påminningar (valfritt).',
    en: 'The work e-mail address, for reminders (optional).',
  },
  'doc.people.contacts': {
    nb: 'Kontaktansvarlig for hver part (punkt 8): part-id som nøkkel, person-id som verdi.',
    nn: 'Kontaktansvarleg for kvar part (punkt 8): part-id som nøkkel, person-id som verdi.',
    en: 'The contact of each party (clause 8): party id as the key, person id as the value.',
  },
  'doc.people.secretariat': {
    nb: 'Id-ene til personene i sekretariatet, som planlegger og koordinerer møtene (punkt 4).',
    nn: 'Id-ane til personane i sekretariatet, som planlegg og koordinerer møta (punkt 4).',
    en: 'The ids of the people of the secretariat, which plans and coordinates the meetings (clause 4).',
  },
  'doc.people.committee': {
    nb: 'Samarbeidsutvalget (punkt 4), når avtalen har et.',
    nn: 'Samarbeidsutvalet (punkt 4), når avtalen har eitt.',
    en: 'The cooperation committee (clause 4), when the agreement has one.',
  },
  'doc.people.committee.members': {
    nb: 'Id-ene til medlemmene i samarbeidsutvalget.',
    nn: 'Id-ane til medlemene i samarbeidsutvalet.',
    en: 'The ids of the members of the cooperation committee.',
  },

  // working-groups.yaml
  'doc.file.working-groups': {
    nb: 'Arbeidsgruppene (punkt 4), med medlemmer, møter og rapporter.',
    nn: 'Arbeidsgruppene (punkt 4), med medlemer, møte og rapportar.',
    en: 'The working groups (clause 4), with members, meetings and reports.',
  },
  'doc.working-groups.workingGroups': {
    nb: 'Arbeidsgruppene, én per oppføring.',
    nn: 'Arbeidsgruppene, éi per oppføring.',
    en: 'The working groups, one per entry.',
  },
  'doc.working-groups.workingGroups.id': {
    nb: 'Gruppens id (som «ungdom-opplaering»); møter og handlingsplaner viser til den.',
    nn: 'Id-en til gruppa (som «ungdom-opplaering»); møte og handlingsplanar viser til han.',
    en: 'The id of the group (like "ungdom-opplaering"); meetings and action plans refer to it.',
  },
  'doc.working-groups.workingGroups.name': {
    nb: 'Gruppens navn.',
    nn: 'Namnet på gruppa.',
    en: 'The name of the group.',
  },
  'doc.working-groups.workingGroups.area': {
    nb: 'Id-en til samarbeidsområdet gruppen arbeider med (fra «areas» i agreement.yaml).',
    nn: 'Id-en til samarbeidsområdet gruppa arbeider med (frå «areas» i agreement.yaml).',
    en: 'The id of the area the group works on (from "areas" in agreement.yaml).',
  },
  'doc.working-groups.workingGroups.leader': {
    nb: 'Person-id-en til lederen av gruppen; lederen sitter i samarbeidsutvalget.',
    nn: 'Person-id-en til leiaren av gruppa; leiaren sit i samarbeidsutvalet.',
    en: 'The person id of the leader of the group; the leader sits on the cooperation committee.',
  },
  'doc.working-groups.workingGroups.members': {
    nb: 'Person-id-ene til medlemmene, fra begge parter.',
    nn: 'Person-id-ane til medlemene, frå begge partar.',
    en: 'The person ids of the members, from both parties.',
  },
  'doc.working-groups.workingGroups.meets': {
    nb: 'Hvor ofte gruppen skal møtes (en frekvens), eller null for «jevnlig» uten frist.',
    nn: 'Kor ofte gruppa skal møtast (ein frekvens), eller null for «jamleg» utan frist.',
    en: 'How often the group is to meet (a cadence), or null for "regularly", without a deadline.',
  },
  'doc.working-groups.workingGroups.established': {
    nb: 'Når gruppen ble satt ned; fra da regnes fristen for første rapport.',
    nn: 'Når gruppa vart sett ned; frå då vert fristen for første rapport rekna.',
    en: 'When the group was set up; the deadline of its first report counts from then.',
  },
  'doc.working-groups.workingGroups.established.date': {
    nb: 'Datoen gruppen ble satt ned.',
    nn: 'Datoen gruppa vart sett ned.',
    en: 'The date the group was set up.',
  },
  'doc.working-groups.workingGroups.established.meeting': {
    nb: 'Id-en til møtet som satte ned gruppen.',
    nn: 'Id-en til møtet som sette ned gruppa.',
    en: 'The id of the meeting that set up the group.',
  },
  'doc.working-groups.workingGroups.reporting': {
    nb: 'Hvor ofte denne gruppen rapporterer; standard er «governance.workingGroups.reporting» i agreement.yaml.',
    nn: 'Kor ofte denne gruppa rapporterer; standard er «governance.workingGroups.reporting» i agreement.yaml.',
    en: 'How often this group reports; the default is "governance.workingGroups.reporting" in agreement.yaml.',
  },
  'doc.working-groups.workingGroups.reports': {
    nb: 'Rapportene gruppen har gitt samarbeidsutvalget.',
    nn: 'Rapportane gruppa har gitt samarbeidsutvalet.',
    en: 'The reports the group has given to the cooperation committee.',
  },
  'doc.working-groups.workingGroups.reports.date': {
    nb: 'Datoen for rapporten.',
    nn: 'Datoen for rapporten.',
    en: 'The date of the report.',
  },
  'doc.working-groups.workingGroups.reports.summary': {
    nb: 'Et kort sammendrag av rapporten.',
    nn: 'Eit kort samandrag av rapporten.',
    en: 'A short summary of the report.',
  },

  // sub-agreements.yaml
  'doc.file.sub-agreements': {
    nb: 'Underavtalene (punkt 5), som lederne i organisasjonene vedtar.',
    nn: 'Underavtalane (punkt 5), som leiarane i organisasjonane vedtek.',
    en: 'The sub-agreements (clause 5), approved by the leaders of the organisations.',
  },
  'doc.sub-agreements.subAgreements': {
    nb: 'Underavtalene, én per oppføring.',
    nn: 'Underavtalane, éin per oppføring.',
    en: 'The sub-agreements, one per entry.',
  },
  'doc.sub-agreements.subAgreements.id': {
    nb: 'Underavtalens id (som «deling-av-personopplysninger»).',
    nn: 'Id-en til underavtalen (som «deling-av-personopplysningar»).',
    en: 'The id of the sub-agreement (like "deling-av-personopplysninger").',
  },
  'doc.sub-agreements.subAgreements.title': {
    nb: 'Underavtalens tittel.',
    nn: 'Tittelen på underavtalen.',
    en: 'The title of the sub-agreement.',
  },
  'doc.sub-agreements.subAgreements.area': {
    nb: 'Id-en til samarbeidsområdet underavtalen gjelder.',
    nn: 'Id-en til samarbeidsområdet underavtalen gjeld.',
    en: 'The id of the area the sub-agreement covers.',
  },
  'doc.sub-agreements.subAgreements.approvals': {
    nb: 'Godkjenningene, én per part; underavtalen gjelder når alle parter har godkjent.',
    nn: 'Godkjenningane, éi per part; underavtalen gjeld når alle partar har godkjent.',
    en: 'The approvals, one per party; the sub-agreement applies once every party has approved it.',
  },
  'doc.sub-agreements.subAgreements.approvals.party': {
    nb: 'Id-en til parten som godkjente.',
    nn: 'Id-en til parten som godkjende.',
    en: 'The id of the party that approved.',
  },
  'doc.sub-agreements.subAgreements.approvals.date': {
    nb: 'Datoen parten godkjente.',
    nn: 'Datoen parten godkjende.',
    en: 'The date the party approved.',
  },
  'doc.sub-agreements.subAgreements.validUntil': {
    nb: 'Første dag underavtalen ikke lenger gjelder; tom når den gjelder uten sluttdato.',
    nn: 'Første dagen underavtalen ikkje lenger gjeld; tom når han gjeld utan sluttdato.',
    en: 'The first day on which the sub-agreement no longer applies; empty when it has no end date.',
  },

  // evaluations.yaml
  'doc.file.evaluations': {
    nb: 'De årlige evalueringene av resultatene (punkt 6).',
    nn: 'Dei årlege evalueringane av resultata (punkt 6).',
    en: 'The annual evaluations of results (clause 6).',
  },
  'doc.evaluations.evaluations': {
    nb: 'Evalueringene, én per oppføring.',
    nn: 'Evalueringane, éi per oppføring.',
    en: 'The evaluations, one per entry.',
  },
  'doc.evaluations.evaluations.date': {
    nb: 'Datoen for evalueringen.',
    nn: 'Datoen for evalueringa.',
    en: 'The date of the evaluation.',
  },
  'doc.evaluations.evaluations.meeting': {
    nb: 'Id-en til møtet der evalueringen ble lagt fram.',
    nn: 'Id-en til møtet der evalueringa vart lagd fram.',
    en: 'The id of the meeting at which the evaluation was presented.',
  },
  'doc.evaluations.evaluations.summary': {
    nb: 'Et kort sammendrag (som «Årsrapport 2025»).',
    nn: 'Eit kort samandrag (som «Årsrapport 2025»).',
    en: 'A short summary (like "Årsrapport 2025").',
  },
  'doc.evaluations.evaluations.results': {
    nb: 'Resultatene per samarbeidsområde.',
    nn: 'Resultata per samarbeidsområde.',
    en: 'The results per area of cooperation.',
  },
  'doc.evaluations.evaluations.results.area': {
    nb: 'Id-en til samarbeidsområdet.',
    nn: 'Id-en til samarbeidsområdet.',
    en: 'The id of the area.',
  },
  'doc.evaluations.evaluations.results.text': {
    nb: 'Resultatet for området, med egne ord.',
    nn: 'Resultatet for området, med eigne ord.',
    en: 'The result for the area, in your own words.',
  },

  // duties.yaml
  'doc.file.duties': {
    nb: 'Plikter som er gjort utenom møter (governance.duties), én oppføring hver gang.',
    nn: 'Plikter som er gjorde utanom møte (governance.duties), éi oppføring kvar gong.',
    en: 'Duties done outside a meeting (governance.duties), one entry each time.',
  },
  'doc.duties.done': {
    nb: 'Hver gang en plikt er gjort.',
    nn: 'Kvar gong ei plikt er gjord.',
    en: 'Each time a duty was done.',
  },
  'doc.duties.done.duty': {
    nb: 'Id-en til plikten i governance.duties.',
    nn: 'Id-en til plikta i governance.duties.',
    en: 'The id of the duty in governance.duties.',
  },
  'doc.duties.done.date': {
    nb: 'Dagen plikten ble gjort (ÅÅÅÅ-MM-DD).',
    nn: 'Dagen plikta vart gjord (ÅÅÅÅ-MM-DD).',
    en: 'The day the duty was done (YYYY-MM-DD).',
  },
  'doc.duties.done.note': {
    nb: 'En merknad, for eksempel hvor det ble sendt.',
    nn: 'Ein merknad, til dømes kvar det vart sendt.',
    en: 'A note, e.g. where it was sent.',
  },

  // action-plans/<id>.yaml
  'doc.file.action-plan': {
    nb: 'Én handlingsplan, med tiltak, vedtak og evalueringer.',
    nn: 'Éin handlingsplan, med tiltak, vedtak og evalueringar.',
    en: 'One action plan, with its measures, adoption and evaluations.',
  },
  'doc.action-plan.id': {
    nb: 'Planens id; den er også filnavnet (som «handlingsplan-ungdom»).',
    nn: 'Id-en til planen; han er òg filnamnet (som «handlingsplan-ungdom»).',
    en: 'The id of the plan; it is also the file name (like "handlingsplan-ungdom").',
  },
  'doc.action-plan.title': {
    nb: 'Planens tittel.',
    nn: 'Tittelen på planen.',
    en: 'The title of the plan.',
  },
  'doc.action-plan.owner': {
    nb: 'Hvem som eier planen: «committee» (samarbeidsutvalget i people.yaml), eller id-en til et organ eller en arbeidsgruppe.',
    nn: 'Kven som eig planen: «committee» (samarbeidsutvalet i people.yaml), eller id-en til eit organ eller ei arbeidsgruppe.',
    en: 'Who owns the plan: "committee" (the cooperation committee of people.yaml), or the id of a body or a working group.',
  },
  'doc.action-plan.status': {
    nb: '«draft» (utkast), «adopted» (vedtatt) eller «retired» (avsluttet); bare vedtatte planer har frister for evaluering.',
    nn: '«draft» (utkast), «adopted» (vedteken) eller «retired» (avslutta); berre vedtekne planar har fristar for evaluering.',
    en: '"draft", "adopted" or "retired"; only adopted plans have evaluation deadlines.',
  },
  'doc.action-plan.adopted': {
    nb: 'Når og hvor planen ble vedtatt (av mellomledernivået, punkt 4); fra da regnes fristen for første evaluering.',
    nn: 'Når og kvar planen vart vedteken (av mellomleiarnivået, punkt 4); frå då vert fristen for første evaluering rekna.',
    en: 'When and where the plan was adopted (by the middle level, clause 4); the deadline of its first evaluation counts from then.',
  },
  'doc.action-plan.adopted.date': {
    nb: 'Datoen planen ble vedtatt.',
    nn: 'Datoen planen vart vedteken.',
    en: 'The date the plan was adopted.',
  },
  'doc.action-plan.adopted.meeting': {
    nb: 'Id-en til møtet som vedtok planen.',
    nn: 'Id-en til møtet som vedtok planen.',
    en: 'The id of the meeting that adopted the plan.',
  },
  'doc.action-plan.evaluations': {
    nb: 'Evalueringene av planen (planen revideres årlig, punkt 4).',
    nn: 'Evalueringane av planen (planen vert revidert årleg, punkt 4).',
    en: 'The evaluations of the plan (the plan is revised yearly, clause 4).',
  },
  'doc.action-plan.evaluations.date': {
    nb: 'Datoen for evalueringen.',
    nn: 'Datoen for evalueringa.',
    en: 'The date of the evaluation.',
  },
  'doc.action-plan.evaluations.meeting': {
    nb: 'Id-en til møtet der planen ble evaluert.',
    nn: 'Id-en til møtet der planen vart evaluert.',
    en: 'The id of the meeting at which the plan was evaluated.',
  },
  'doc.action-plan.evaluations.summary': {
    nb: 'Et kort sammendrag av evalueringen.',
    nn: 'Eit kort samandrag av evalueringa.',
    en: 'A short summary of the evaluation.',
  },
  'doc.action-plan.measures': {
    nb: 'Tiltakene i planen.',
    nn: 'Tiltaka i planen.',
    en: 'The measures of the plan.',
  },
  'doc.action-plan.measures.id': {
    nb: 'Tiltakets id i planen (som «flerpartsveiledning»).',
    nn: 'Id-en til tiltaket i planen (som «flerpartsveiledning»).',
    en: 'The id of the measure within the plan (like "flerpartsveiledning").',
  },
  'doc.action-plan.measures.title': {
    nb: 'Hva tiltaket går ut på.',
    nn: 'Kva tiltaket går ut på.',
    en: 'What the measure is.',
  },
  'doc.action-plan.measures.area': {
    nb: 'Id-en til samarbeidsområdet tiltaket hører til.',
    nn: 'Id-en til samarbeidsområdet tiltaket høyrer til.',
    en: 'The id of the area the measure belongs to.',
  },
  'doc.action-plan.measures.responsible': {
    nb: 'Hvem som har ansvaret: id-en til en part eller en person.',
    nn: 'Kven som har ansvaret: id-en til ein part eller ein person.',
    en: 'Who is responsible: the id of a party or a person.',
  },
  'doc.action-plan.measures.due': {
    nb: 'Fristen for tiltaket.',
    nn: 'Fristen for tiltaket.',
    en: 'The deadline of the measure.',
  },
  'doc.action-plan.measures.done': {
    nb: 'Datoen tiltaket ble utført; null så lenge det ikke er utført.',
    nn: 'Datoen tiltaket vart utført; null så lenge det ikkje er utført.',
    en: 'The date the measure was carried out; null until then.',
  },

  // meetings/<year>.yaml
  'doc.file.meetings': {
    nb: 'Møtene i ett år, holdt, planlagte og avlyste, med vedtak og oppfølgingspunkter.',
    nn: 'Møta i eitt år, haldne, planlagde og avlyste, med vedtak og oppfølgingspunkt.',
    en: 'The meetings of one year, held, planned and cancelled, with decisions and actions.',
  },
  'doc.meetings.meetings': {
    nb: 'Møtene, ett per oppføring.',
    nn: 'Møta, eitt per oppføring.',
    en: 'The meetings, one per entry.',
  },
  'doc.meetings.meetings.id': {
    nb: 'Møtets id, vanligvis dato og organ (som «2025-10-14-top»).',
    nn: 'Id-en til møtet, vanlegvis dato og organ (som «2025-10-14-top»).',
    en: 'The id of the meeting, usually its date and body (like "2025-10-14-top").',
  },
  'doc.meetings.meetings.body': {
    nb: 'Hvem som møttes: id-en til et organ i «governance.bodies» eller til en arbeidsgruppe.',
    nn: 'Kven som møttest: id-en til eit organ i «governance.bodies» eller til ei arbeidsgruppe.',
    en: 'Who met: the id of a body of "governance.bodies" or of a working group.',
  },
  'doc.meetings.meetings.date': {
    nb: 'Datoen for møtet.',
    nn: 'Datoen for møtet.',
    en: 'The date of the meeting.',
  },
  'doc.meetings.meetings.status': {
    nb: '«held» (holdt), «planned» (planlagt) eller «cancelled» (avlyst); bare holdte møter oppfyller en møteplikt.',
    nn: '«held» (halde), «planned» (planlagt) eller «cancelled» (avlyst); berre haldne møte oppfyller ei møteplikt.',
    en: '"held", "planned" or "cancelled"; only held meetings meet an obligation to meet.',
  },
  'doc.meetings.meetings.title': {
    nb: 'En tittel på møtet (valgfritt).',
    nn: 'Ein tittel på møtet (valfritt).',
    en: 'A title of the meeting (optional).',
  },
  'doc.meetings.meetings.host': {
    nb: 'Id-en til parten som var vert (punkt 4: koordineringen av toppledermøtene alternerer årlig).',
    nn: 'Id-en til parten som var vert (punkt 4: koordineringa av toppleiarmøta alternerer årleg).',
    en: 'The id of the party that hosted (clause 4: coordination of the top-level meetings alternates yearly).',
  },
  'doc.meetings.meetings.notes': {
    nb: 'Merknader til møtet.',
    nn: 'Merknader til møtet.',
    en: 'Notes on the meeting.',
  },
  'doc.meetings.meetings.minutes': {
    nb: 'Referatet: en lenke (https://…), eller stien til en fil i avtalemappen, regnet fra avtalemappen (referat/2026-03-04.pdf). Filen må finnes.',
    nn: 'Referatet: ei lenkje (https://…), eller stien til ei fil i avtalemappa, rekna frå avtalemappa (referat/2026-03-04.pdf). Fila må finnast.',
    en: 'The minutes: a link (https://…), or the path of a file in the agreement folder, from the agreement folder (referat/2026-03-04.pdf). The file must exist.',
  },
  'doc.meetings.meetings.minutes.ref': {
    nb: 'Referatet: en lenke (https://…) eller stien til en fil i avtalemappen (referat/2026-03-04.pdf).',
    nn: 'Referatet: ei lenkje (https://…) eller stien til ei fil i avtalemappa (referat/2026-03-04.pdf).',
    en: 'The minutes: a link (https://…) or the path of a file in the agreement folder (referat/2026-03-04.pdf).',
  },
  'doc.meetings.meetings.minutes.approved': {
    nb: 'Datoen referatet ble godkjent, som 2027-05-10. Kan ikke være før møtet.',
    nn: 'Datoen referatet vart godkjent, som 2027-05-10. Kan ikkje vere før møtet.',
    en: 'The date the minutes were approved, like 2027-05-10. Not before the meeting.',
  },
  'doc.meetings.meetings.minutes.at': {
    nb: 'Id-en til møtet i samme organ der referatet ble godkjent.',
    nn: 'Id-en til møtet i same organ der referatet vart godkjent.',
    en: 'The id of the meeting of the same body at which the minutes were approved.',
  },
  'doc.meetings.meetings.decisions': {
    nb: 'Vedtakene i møtet.',
    nn: 'Vedtaka i møtet.',
    en: 'The decisions of the meeting.',
  },
  'doc.meetings.meetings.decisions.id': {
    nb: 'Vedtakets id i møtet (som «revisjon»).',
    nn: 'Id-en til vedtaket i møtet (som «revisjon»).',
    en: 'The id of the decision within the meeting (like "revisjon").',
  },
  'doc.meetings.meetings.decisions.text': {
    nb: 'Hva som ble vedtatt.',
    nn: 'Kva som vart vedteke.',
    en: 'What was decided.',
  },
  'doc.meetings.meetings.decisions.adopts': {
    nb: 'Id-en til handlingsplanen eller underavtalen vedtaket vedtar, om noen.',
    nn: 'Id-en til handlingsplanen eller underavtalen vedtaket vedtek, om nokon.',
    en: 'The id of the action plan or sub-agreement the decision adopts, if any.',
  },
  'doc.meetings.meetings.decisions.fulfils': {
    nb: 'Id-en til plikten (governance.duties) vedtaket oppfyller, om noen.',
    nn: 'Id-en til plikta (governance.duties) vedtaket oppfyller, om nokon.',
    en: 'The id of the duty (governance.duties) the decision fulfils, if any.',
  },
  'doc.meetings.meetings.actions': {
    nb: 'Oppfølgingspunktene fra møtet.',
    nn: 'Oppfølgingspunkta frå møtet.',
    en: 'The actions agreed at the meeting.',
  },
  'doc.meetings.meetings.actions.id': {
    nb: 'Oppfølgingspunktets id i møtet (som «kartlegging»).',
    nn: 'Id-en til oppfølgingspunktet i møtet (som «kartlegging»).',
    en: 'The id of the action within the meeting (like "kartlegging").',
  },
  'doc.meetings.meetings.actions.text': {
    nb: 'Hva som skal gjøres.',
    nn: 'Kva som skal gjerast.',
    en: 'What is to be done.',
  },
  'doc.meetings.meetings.actions.owner': {
    nb: 'Hvem som følger det opp: id-en til en part eller en person.',
    nn: 'Kven som følgjer det opp: id-en til ein part eller ein person.',
    en: 'Who follows it up: the id of a party or a person.',
  },
  'doc.meetings.meetings.actions.due': {
    nb: 'Fristen for oppfølgingspunktet.',
    nn: 'Fristen for oppfølgingspunktet.',
    en: 'The deadline of the action.',
  },
  'doc.meetings.meetings.actions.done': {
    nb: 'Datoen oppfølgingspunktet ble utført; null så lenge det ikke er utført.',
    nn: 'Datoen oppfølgingspunktet vart utført; null så lenge det ikkje er utført.',
    en: 'The date the action was carried out; null until then.',
  },
};
