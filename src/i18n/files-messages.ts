import type { Catalogue } from './catalogue.js';

/** Files and folders that cannot be read as data: special files, links out, unreadable folders. */
export const filesMessages = {
  'files.outside': {
    nb: 'Filen er en lenke til et sted utenfor avtalemappen; den blir ikke lest',
    nn: 'Fila er ei lenkje til ein stad utanfor avtalemappa; ho vert ikkje lesen',
    en: 'The file is a link to a place outside the agreement folder; it is not read',
  },
  'files.folder-outside': {
    nb: 'Mappen er en lenke til et sted utenfor avtalemappen; den blir ikke lest',
    nn: 'Mappa er ei lenkje til ein stad utanfor avtalemappa; ho vert ikkje lesen',
    en: 'The folder is a link to a place outside the agreement folder; it is not read',
  },
  'files.not-regular': {
    nb: 'Dette er ikke en vanlig fil, men {kind}; den blir ikke lest',
    nn: 'Dette er ikkje ei vanleg fil, men {kind}; ho vert ikkje lesen',
    en: 'This is not a regular file but {kind}; it is not read',
  },
  'files.kind.directory': { nb: 'en mappe', nn: 'ei mappe', en: 'a folder' },
  'files.kind.fifo': {
    nb: 'et navngitt rør (FIFO)',
    nn: 'eit namngjeve røyr (FIFO)',
    en: 'a named pipe (FIFO)',
  },
  'files.kind.device': { nb: 'en enhetsfil', nn: 'ei einingsfil', en: 'a device file' },
  'files.kind.socket': { nb: 'en sokkel (socket)', nn: 'ein sokkel (socket)', en: 'a socket' },
  'files.kind.other': { nb: 'en spesialfil', nn: 'ei spesialfil', en: 'a special file' },
  'files.too-large-while-read': {
    nb: 'Filen er større enn grensen på {max} byte; den blir ikke lest',
    nn: 'Fila er større enn grensa på {max} byte; ho vert ikkje lesen',
    en: 'The file is larger than the limit of {max} bytes; it is not read',
  },
  'files.folder-unreadable': {
    nb: 'Mappen kan ikke leses ({code}); det som ligger i den, blir ikke sjekket',
    nn: 'Mappa kan ikkje lesast ({code}); det som ligg i ho, vert ikkje sjekka',
    en: 'The folder cannot be read ({code}); what it holds is not checked',
  },
  'files.not-a-folder': {
    nb: '{name} skal være en mappe, men er en fil; den blir ikke lest',
    nn: '{name} skal vere ei mappe, men er ei fil; ho vert ikkje lesen',
    en: '{name} should be a folder but is a file; it is not read',
  },
  'files.out-not-folder': {
    nb: '--out {path} er ikke en mappe; ingenting er skrevet',
    nn: '--out {path} er ikkje ei mappe; ingenting er skrive',
    en: '--out {path} is not a folder; nothing was written',
  },
  'files.out-not-regular': {
    nb: 'kan ikke skrive {path}: det er ikke en vanlig fil; ingenting er skrevet',
    nn: 'kan ikkje skrive {path}: det er ikkje ei vanleg fil; ingenting er skrive',
    en: 'cannot write {path}: it is not a regular file; nothing was written',
  },
  'files.out-same-id': {
    nb: '--out: {first} og {second} har samme id «{id}» og ville blitt skrevet til samme fil; ingenting er skrevet',
    nn: '--out: {first} og {second} har same id «{id}» og ville ha vorte skrivne til same fil; ingenting er skrive',
    en: '--out: {first} and {second} have the same id "{id}" and would be written to one file; nothing was written',
  },
} as const satisfies Catalogue;
