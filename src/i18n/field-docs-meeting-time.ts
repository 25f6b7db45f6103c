import type { Catalogue } from './catalogue.js';

// SPEC section 14: a meeting's clock time, place and online link, for the calendar programs.

export const fieldDocsMeetingTime: Catalogue = {
  'doc.meetings.meetings.time': {
    nb: 'Klokkeslettet for møtet, norsk tid: «10:00» (varer én time) eller «10:00-11:30». Med klokkeslett blir møtet en avtale på det tidspunktet i Outlook og andre kalendere; uten blir det en heldagsavtale (valgfritt).',
    nn: 'Klokkeslettet for møtet, norsk tid: «10:00» (varer éin time) eller «10:00-11:30». Med klokkeslett vert møtet ein avtale på det tidspunktet i Outlook og andre kalendrar; utan vert det ein heildagsavtale (valfritt).',
    en: 'The time of the meeting, Norwegian time: "10:00" (lasting one hour) or "10:00-11:30". With a time the meeting is an appointment at that hour in Outlook and other calendars; without one it is an all-day event (optional).',
  },
  'doc.meetings.meetings.place': {
    nb: 'Hvor møtet holdes, som «Rådhuset, møterom 3». Vises som sted i kalenderen (valgfritt).',
    nn: 'Kvar møtet vert halde, som «Rådhuset, møterom 3». Vert vist som stad i kalenderen (valfritt).',
    en: 'Where the meeting is held, like "Rådhuset, møterom 3". Shown as the location in the calendar (optional).',
  },
  'doc.meetings.meetings.online': {
    nb: 'Lenken for å delta digitalt, som en Teams-lenke (https://…). Vises i kalenderen og i teksten om møtet (valgfritt).',
    nn: 'Lenkja for å delta digitalt, som ei Teams-lenkje (https://…). Vert vist i kalenderen og i teksten om møtet (valfritt).',
    en: 'The link to join online, like a Teams link (https://…). Shown in the calendar and in the text about the meeting (optional).',
  },
  'doc.message.time': {
    nb: 'Et klokkeslett skrives TT:MM eller TT:MM-TT:MM med timer 00–23, og slutten etter starten (som 10:00 eller 10:00-11:30).',
    nn: 'Eit klokkeslett skriv ein TT:MM eller TT:MM-TT:MM med timar 00–23, og slutten etter starten (som 10:00 eller 10:00-11:30).',
    en: 'A time is written HH:MM or HH:MM-HH:MM with hours 00–23, the end after the start (like 10:00 or 10:00-11:30).',
  },
  'doc.message.online': {
    nb: 'En lenke skrives hel, med https:// eller http:// først (som https://teams.microsoft.com/l/meetup-join/…).',
    nn: 'Ei lenkje skriv ein heil, med https:// eller http:// først (som https://teams.microsoft.com/l/meetup-join/…).',
    en: 'A link is written in full, starting with https:// or http:// (like https://teams.microsoft.com/l/meetup-join/…).',
  },
};
