import type { Catalogue } from './catalogue.js';

// SPEC section 13: "fem representanter fra kommunene, fem fra helseforetaket og to
// brukerrepresentanter"; "vedtaksført når minst 2/3 av medlemmene er til stede".

export const fieldDocsSeats: Catalogue = {
  'doc.agreement.governance.bodies.members': {
    nb: 'Medlemmene i organet: id-er til personer i people.yaml. En person med «term» er medlem bare i perioden sin (valgfritt).',
    nn: 'Medlemene i organet: id-ar til personar i people.yaml. Ein person med «term» er medlem berre i perioden sin (valfritt).',
    en: 'The members of the body: ids of people in people.yaml. A person with a "term" is a member during that term only (optional).',
  },
  'doc.agreement.governance.bodies.seats': {
    nb: 'Hvor mange plasser organet har for hver side, part eller gruppe, som «{ kommunane: 5, helse-forde: 5, brukarar: 2 }». En gruppe (som «brukarar») gjelder personer med samme «seat» i people.yaml (valgfritt).',
    nn: 'Kor mange plassar organet har for kvar side, part eller gruppe, som «{ kommunane: 5, helse-forde: 5, brukarar: 2 }». Ei gruppe (som «brukarar») gjeld personar med same «seat» i people.yaml (valfritt).',
    en: 'How many seats the body has for each side, party or group, like "{ kommunane: 5, helse-forde: 5, brukarar: 2 }". A group (like "brukarar") is the people with that "seat" in people.yaml (optional).',
  },
  'doc.agreement.governance.bodies.quorum': {
    nb: 'Når organet er vedtaksført: en brøk av medlemmene som må være til stede («2/3»), «all-parties» (alle partene med medlemmer til stede) eller et antall medlemmer (valgfritt).',
    nn: 'Når organet er vedtaksført: ein brøk av medlemene som må vere til stades («2/3»), «all-parties» (alle partane med medlemer til stades) eller eit tal på medlemer (valfritt).',
    en: 'When the body has a quorum: a fraction of the members who must be present ("2/3"), "all-parties" (every party with members present) or a number of members (optional).',
  },
  'doc.people.people.seat': {
    nb: 'Plassen personen sitter på når vedkommende ikke sitter for parten, som «brukarar» for en brukerrepresentant; navnet brukes i «seats» for organet (valgfritt).',
    nn: 'Plassen personen sit på når han eller ho ikkje sit for parten, som «brukarar» for ein brukarrepresentant; namnet vert brukt i «seats» for organet (valfritt).',
    en: 'The seat the person holds when it is not their party\'s, like "brukarar" for a user representative; the body\'s "seats" uses that name (optional).',
  },
  'doc.meetings.meetings.attendance': {
    nb: 'Medlemmene som var til stede: id-er til personer i people.yaml. Brukes til å se om møtet var vedtaksført (valgfritt).',
    nn: 'Medlemene som var til stades: id-ar til personar i people.yaml. Vert brukt til å sjå om møtet var vedtaksført (valfritt).',
    en: 'The members who were present: ids of people in people.yaml. Used to tell whether the meeting had a quorum (optional).',
  },
  'doc.message.quorum': {
    nb: 'Skriv en brøk som «2/3» eller «1/2» (høyst 1), «all-parties» eller et antall medlemmer, som 4.',
    nn: 'Skriv ein brøk som «2/3» eller «1/2» (høgst 1), «all-parties» eller eit tal på medlemer, som 4.',
    en: 'Write a fraction like "2/3" or "1/2" (at most 1), "all-parties" or a number of members, like 4.',
  },
};
