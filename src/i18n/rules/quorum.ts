import type { Catalogue } from '../catalogue.js';

// The messages of rule quorum (src/rules/quorum.ts), which names them as its own.
export const quorumMessages = {
  'quorum.short': {
    nb: '{meeting}: ikke vedtaksført; {present} av {members} {members|medlem|medlemmer} var til stede, men {quorum} av medlemmene, minst {needed}, må være til stede',
    nn: '{meeting}: ikkje vedtaksført; {present} av {members} {members|medlem|medlemer} var til stades, men {quorum} av medlemene, minst {needed}, må vere til stades',
    en: '{meeting}: no quorum; {present} of the {members} {members|member|members} were present, but {quorum} of the members, at least {needed}, must be',
  },
  'quorum.short-count': {
    nb: '{meeting}: ikke vedtaksført; {present} {present|medlem|medlemmer} var til stede, men minst {needed} må være til stede',
    nn: '{meeting}: ikkje vedtaksført; {present} {present|medlem|medlemer} var til stades, men minst {needed} må vere til stades',
    en: '{meeting}: no quorum; {present} {present|member|members} present, but at least {needed} must be',
  },
  'quorum.parties-absent': {
    nb: '{meeting}: ikke vedtaksført; ingen fra {parties} var til stede, og alle partene må være til stede',
    nn: '{meeting}: ikkje vedtaksført; ingen frå {parties} var til stades, og alle partane må vere til stades',
    en: '{meeting}: no quorum; nobody from {parties} was present, and every party must be',
  },
  'quorum.not-member': {
    nb: '{meeting}: {person} er ført opp som til stede, men var ikke medlem den dagen; personen telles ikke med',
    nn: '{meeting}: {person} er ført opp som til stades, men var ikkje medlem den dagen; personen vert ikkje talt med',
    en: '{meeting}: {person} is listed as present but was not a member that day, so does not count',
  },
} as const satisfies Catalogue;
