import type { Catalogue } from '../catalogue.js';

// The messages of rule quorum (src/rules/quorum.ts), which names them as its own.
export const quorumMessages = {
  'quorum.short': {
    nb: 'Møtet {meeting} ({body}) var ikke vedtaksført: {present} av {members} {members|medlem|medlemmer} var til stede, men {quorum} av medlemmene, minst {needed}, må være til stede',
    nn: 'Møtet {meeting} ({body}) var ikkje vedtaksført: {present} av {members} {members|medlem|medlemer} var til stades, men {quorum} av medlemene, minst {needed}, må vere til stades',
    en: 'Meeting {meeting} had no quorum: {present} of the {members} {members|member|members} of {body} were present, but {quorum} of the members, at least {needed}, must be',
  },
  'quorum.short-count': {
    nb: 'Møtet {meeting} ({body}) var ikke vedtaksført: {present} {present|medlem|medlemmer} var til stede, men minst {needed} må være til stede',
    nn: 'Møtet {meeting} ({body}) var ikkje vedtaksført: {present} {present|medlem|medlemer} var til stades, men minst {needed} må vere til stades',
    en: 'Meeting {meeting} had no quorum: {present} {present|member|members} of {body} present, but at least {needed} must be',
  },
  'quorum.parties-absent': {
    nb: 'Møtet {meeting} ({body}) var ikke vedtaksført: ingen fra {parties} var til stede, og alle partene må være til stede',
    nn: 'Møtet {meeting} ({body}) var ikkje vedtaksført: ingen frå {parties} var til stades, og alle partane må vere til stades',
    en: 'Meeting {meeting} had no quorum: nobody from {parties} was present, and {body} needs every party present',
  },
  'quorum.not-member': {
    nb: '{person} er ført opp som til stede på møtet {meeting}, men var ikke medlem av {body} {date}; personen telles ikke med',
    nn: '{person} er ført opp som til stades på møtet {meeting}, men var ikkje medlem av {body} {date}; personen blir ikkje talt med',
    en: '{person} is listed as present at meeting {meeting}, but was not a member of {body} on {date}, so does not count',
  },
} as const satisfies Catalogue;
