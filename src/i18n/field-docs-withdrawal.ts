import type { Catalogue } from './catalogue.js';

// SPEC section 13: "utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte".

export const fieldDocsWithdrawal: Catalogue = {
  'doc.agreement.parties.notice': {
    nb: 'Dagen parten leverte skriftlig utmelding; med «governance.withdrawal» går parten ut når oppsigelsestiden er over (valgfritt).',
    nn: 'Dagen parten leverte skriftleg utmelding; med «governance.withdrawal» går parten ut når oppseiingstida er over (valfritt).',
    en: 'The day the party gave written notice of withdrawal; with "governance.withdrawal" the party leaves when the notice period has run (optional).',
  },
  'doc.agreement.governance.withdrawal': {
    nb: 'Vilkårene for å melde seg ut av samarbeidet («utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte»).',
    nn: 'Vilkåra for å melde seg ut av samarbeidet («utmelding med seks månaders skriftleg varsel, med verknad frå eit årsskifte»).',
    en: 'The terms for leaving the cooperation ("withdrawal with six months\' written notice, taking effect at a turn of the year").',
  },
  'doc.agreement.governance.withdrawal.notice': {
    nb: 'Oppsigelsestiden, som «6 months» eller «90 days».',
    nn: 'Oppseiingstida, som «6 months» eller «90 days».',
    en: 'The notice period, like "6 months" or "90 days".',
  },
  'doc.agreement.governance.withdrawal.effective': {
    nb: 'Når utmeldingen får virkning: «year-end» (første 1. januar etter at oppsigelsestiden er over) eller «notice» (dagen oppsigelsestiden er over).',
    nn: 'Når utmeldinga får verknad: «year-end» (første 1. januar etter at oppseiingstida er over) eller «notice» (dagen oppseiingstida er over).',
    en: 'When the withdrawal takes effect: "year-end" (the first 1 January once the notice period has run) or "notice" (the day the notice period runs out).',
  },
  'doc.message.notice': {
    nb: 'En oppsigelsestid skrives som «6 months» eller «90 days» (høyst 120 måneder eller 3660 dager).',
    nn: 'Ei oppseiingstid skriv ein som «6 months» eller «90 days» (høgst 120 månader eller 3660 dagar).',
    en: 'A notice period is written like "6 months" or "90 days" (at most 120 months or 3660 days).',
  },
};
