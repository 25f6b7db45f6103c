import type { Catalogue } from './catalogue.js';

// The comments `samarbeid init` writes into a new agreement's files, in the agreement's language
// (src/edit/init-files.ts). A line break starts a new comment line.
export const initComments = {
  'init.comment.agreement': {
    nb: 'Samarbeidsavtalen: partene, hvor lenge den gjelder og hvordan den styres.\nRett opp det som ikke stemmer med avtaleteksten.',
    nn: 'Samarbeidsavtalen: partane, kor lenge han gjeld og korleis han vert styrt.\nRett opp det som ikkje stemmer med avtaleteksten.',
    en: 'The cooperation agreement: its parties, how long it applies and how it is governed.\nCorrect whatever differs from the text of the agreement.',
  },
  'init.comment.validity': {
    nb: 'until: null betyr at avtalen gjelder til den blir sagt opp.',
    nn: 'until: null tyder at avtalen gjeld til han vert sagd opp.',
    en: 'until: null means that the agreement applies until it is terminated.',
  },
  'init.comment.tracked-from': {
    nb: 'Fra denne dagen føres avtalen her: perioder og frister før den blir aldri meldt som ikke oppfylt.',
    nn: 'Frå denne dagen vert avtalen ført her: periodar og fristar før han vert aldri melde som ikkje oppfylte.',
    en: 'The agreement is kept here from this day: periods and deadlines before it are never reported as missed.',
  },
  'init.comment.governance': {
    nb: 'Styringen i Buskerud-avtalen (2024): møte på toppledernivå hvert år, med partene som vertskap\netter tur; møter på mellomledernivå minst hvert tertial, som vedtar handlingsplaner; et\nsamarbeidsutvalg som møtes ved behov; rapporter fra arbeidsgruppene; evaluering hvert år.\nRett opp det som er annerledes i deres avtale.',
    nn: 'Styringa i Buskerud-avtalen (2024): møte på toppleiarnivå kvart år, med partane som vertskap\netter tur; møte på mellomleiarnivå minst kvart tertial, som vedtek handlingsplanar; eit\nsamarbeidsutval som møtest ved behov; rapportar frå arbeidsgruppene; evaluering kvart år.\nRett opp det som er annleis i avtalen dykkar.',
    en: 'The governance of the Buskerud agreement (2024): yearly top-level meetings hosted in turn,\nmiddle-level meetings at least once a tertial that adopt plans, a committee that meets as\nneeded, reports from working groups, yearly evaluations. Change what differs in your agreement.',
  },
  'init.comment.sides': {
    nb: 'Sidene partene hører til; skriv de riktige navnene på sidene og partene.',
    nn: 'Sidene partane høyrer til; skriv dei rette namna på sidene og partane.',
    en: 'The sides the parties belong to; write the right names of the sides and parties.',
  },
  'init.comment.people': {
    nb: 'Personer føres etter rolle; navn og e-postadresse kan utelates.',
    nn: 'Personar vert førte etter rolle; namn og e-postadresse kan utelatast.',
    en: 'People are recorded by role; names and e-mail addresses are optional.',
  },
  'init.comment.contacts': {
    nb: 'Kontaktpersonen til hver part.',
    nn: 'Kontaktpersonen til kvar part.',
    en: 'The contact person of each party.',
  },
  'init.comment.secretariat': {
    nb: 'Sekretariatet har ett medlem fra hver part (pkt. 4).',
    nn: 'Sekretariatet har eitt medlem frå kvar part (pkt. 4).',
    en: 'The secretariat has one member from each party (clause 4).',
  },
  'init.comment.committee': {
    nb: 'Samarbeidsutvalget; «samarbeid record group» legger til lederen av hver arbeidsgruppe (pkt. 4).',
    nn: 'Samarbeidsutvalet; «samarbeid record group» legg til leiaren av kvar arbeidsgruppe (pkt. 4).',
    en: 'The committee; "samarbeid record group" adds the leader of each working group (clause 4).',
  },
} as const satisfies Catalogue;

// What `samarbeid init` writes as data where the user gave nothing better (src/edit/init-files.ts):
// the names of the levels and clause 4's standing agenda items (the roles it cannot know are in
// init-gaps.ts).
export const initTexts = {
  'init.body.top': { nb: 'Toppledernivå', nn: 'Toppleiarnivå', en: 'Top level' },
  'init.body.middle': { nb: 'Mellomledernivå', nn: 'Mellomleiarnivå', en: 'Middle level' },
  'init.body.committee': { nb: 'Samarbeidsutvalget', nn: 'Samarbeidsutvalet', en: 'Cooperation committee' },
  // Clause 4, item 2: the middle level adopts and follows up sub-agreements and plans, holds strategic
  // discussions and shares competence, and adopts the main areas of the working groups.
  'init.agenda.middle-follow-up': {
    nb: 'Vedtak og oppfølging av underavtaler og handlingsplaner',
    nn: 'Vedtak og oppfølging av underavtalar og handlingsplanar',
    en: 'Adopting and following up sub-agreements and action plans',
  },
  'init.agenda.middle-strategy': {
    nb: 'Strategisk diskusjon om samarbeidsområdene',
    nn: 'Strategisk diskusjon om samarbeidsområda',
    en: 'Strategic discussion of the areas of cooperation',
  },
  'init.agenda.middle-competence': {
    nb: 'Gjensidig kompetansedeling',
    nn: 'Gjensidig kompetansedeling',
    en: 'Sharing of competence',
  },
  'init.agenda.middle-areas': {
    nb: 'Hovedområder for arbeidsgruppene',
    nn: 'Hovudområde for arbeidsgruppene',
    en: 'Main areas for the working groups',
  },
  // Clause 4, the committee's role: communication, coordination, support and guidance.
  'init.agenda.committee-progress': {
    nb: 'Framdrift og utfordringer i arbeidsgruppene',
    nn: 'Framdrift og utfordringar i arbeidsgruppene',
    en: 'Progress and challenges in the working groups',
  },
  'init.agenda.committee-coordination': {
    nb: 'Prioritering og koordinering av partenes innsats',
    nn: 'Prioritering og koordinering av innsatsen til partane',
    en: 'Priorities and coordination of the parties’ efforts',
  },
  'init.agenda.committee-support': {
    nb: 'Støtte og veiledning til arbeidsgruppene',
    nn: 'Støtte og rettleiing til arbeidsgruppene',
    en: 'Support and guidance for the working groups',
  },
  'init.agenda.committee-escalate': {
    nb: 'Saker som må løftes til mellomledernivå',
    nn: 'Saker som må løftast til mellomleiarnivå',
    en: 'Matters to raise to the middle level',
  },
} as const satisfies Catalogue;
