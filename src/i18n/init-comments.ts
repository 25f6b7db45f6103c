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
