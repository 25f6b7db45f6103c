import type { Catalogue } from '../catalogue.js';

// The messages of rule seats (src/rules/seats.ts), which names them as its own.
export const seatsMessages = {
  'seats.too-many': {
    nb: '{body} har {count} medlemmer på plassene for {seat}, men bare {seats} {seats|plass|plasser}',
    nn: '{body} har {count} medlemer på plassane for {seat}, men berre {seats} {seats|plass|plassar}',
    en: '{body} has {count} members in the seats for {seat}, but only {seats} {seats|seat|seats}',
  },
  'seats.vacant': {
    nb: '{body} har {vacant} ledig {vacant|plass|plasser} for {seat}: {count} av {seats} er besatt',
    nn: '{body} har {vacant} ledig {vacant|plass|plassar} for {seat}: {count} av {seats} er fylte',
    en: '{body} has {vacant} vacant {vacant|seat|seats} for {seat}: {count} of {seats} filled',
  },
  'seats.no-seat': {
    nb: '{person} er medlem av {body}, men {body} har ingen plasser for {seat} («seats»)',
    nn: '{person} er medlem av {body}, men {body} har ingen plassar for {seat} («seats»)',
    en: '{person} is a member of {body}, but {body} has no seats for {seat} ("seats")',
  },
} as const satisfies Catalogue;
