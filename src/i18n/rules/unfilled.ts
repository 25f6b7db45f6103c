import type { Catalogue } from '../catalogue.js';

// The messages of rule unfilled (src/rules/unfilled.ts), which names them as its own.
export const unfilledMessages = {
  'unfilled.contact': {
    nb: 'Rollen til kontaktpersonen for {party} er ikke fylt inn (pkt. 8). Før inn rollen avtalen nevner: «samarbeid record person {folder} --id {id} --role "…"»',
    nn: 'Rolla til kontaktpersonen for {party} er ikkje fylt inn (pkt. 8). Før inn rolla avtalen nemner: «samarbeid record person {folder} --id {id} --role "…"»',
    en: 'The role of the contact person for {party} is not filled in (clause 8). Record the role the agreement names: «samarbeid record person {folder} --id {id} --role "…"»',
  },
  'unfilled.secretariat': {
    nb: 'Rollen til medlemmet av sekretariatet fra {party} er ikke fylt inn (pkt. 4). Før inn rollen: «samarbeid record person {folder} --id {id} --role "…"»',
    nn: 'Rolla til medlemmen av sekretariatet frå {party} er ikkje fylt inn (pkt. 4). Før inn rolla: «samarbeid record person {folder} --id {id} --role "…"»',
    en: 'The role of the member of the secretariat from {party} is not filled in (clause 4). Record the role: «samarbeid record person {folder} --id {id} --role "…"»',
  },
} as const satisfies Catalogue;
