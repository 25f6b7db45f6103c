import type { Catalogue } from './catalogue.js';

export const loadMessages = {
  'load.too-large': {
    nb: 'Filen er for stor ({size} byte; grensen er {max}); den blir ikke lest',
    nn: 'Fila er for stor ({size} byte; grensa er {max}); ho vert ikkje lesen',
    en: 'The file is too large ({size} bytes; the limit is {max}); it is not read',
  },
  'load.binary': {
    nb: 'Filen er ikke tekst (den inneholder NUL-byte)',
    nn: 'Fila er ikkje tekst (ho inneheld NUL-byte)',
    en: 'The file is not text (it holds NUL bytes)',
  },
  'load.not-utf8': {
    nb: 'Filen er ikke gyldig UTF-8',
    nn: 'Fila er ikkje gyldig UTF-8',
    en: 'The file is not valid UTF-8',
  },
  'load.unreadable': {
    nb: 'Filen kan ikke leses ({code})',
    nn: 'Fila kan ikkje lesast ({code})',
    en: 'The file cannot be read ({code})',
  },
  'load.missing-file': {
    nb: 'Mangler {file}',
    nn: 'Manglar {file}',
    en: '{file} is missing',
  },
  'load.lock-foreign': {
    nb: 'Filen er ikke en låsefil som samarbeid har skrevet, og den blir ikke brukt; «samarbeid record» skriver ikke i denne avtalen før den er slettet. En låsefil skal aldri sjekkes inn i git.',
    nn: 'Fila er ikkje ei låsefil som samarbeid har skrive, og ho vert ikkje brukt; «samarbeid record» skriv ikkje i denne avtalen før ho er sletta. Ei låsefil skal aldri sjekkast inn i git.',
    en: 'The file is not a lock file written by samarbeid and is not used; "samarbeid record" does not write to this agreement until it is deleted. A lock file never belongs in git.',
  },
  'load.lock-garbage': {
    nb: 'Filen er ikke en låsefil samarbeid kan lese (den kan være rester etter et krasj); neste «samarbeid record» sletter den og rører ingenting annet. En låsefil skal ikke sjekkes inn i git.',
    nn: 'Fila er ikkje ei låsefil samarbeid kan lese (ho kan vere restar etter eit krasj); neste «samarbeid record» slettar henne og rører ikkje noko anna. Ei låsefil skal ikkje sjekkast inn i git.',
    en: 'The file is not a lock file samarbeid can read (it may be left by a crash); the next "samarbeid record" deletes it and touches nothing else. A lock file does not belong in git.',
  },
  'load.lock-other-boot': {
    nb: 'Låsefilen inneholder en halvferdig endring fra en annen maskin eller fra før en omstart; samarbeid fullfører den ikke. Kontroller filene, og slett låsefilen. En låsefil skal aldri sjekkes inn i git.',
    nn: 'Låsefila inneheld ei halvferdig endring frå ei anna maskin eller frå før ein omstart; samarbeid fullfører henne ikkje. Kontroller filene, og slett låsefila. Ei låsefil skal aldri sjekkast inn i git.',
    en: 'The lock file holds a change begun on another machine or before a restart; samarbeid does not finish it. Check the files and delete the lock file. A lock file never belongs in git.',
  },
  'load.lock-left': {
    nb: 'En samarbeid-kommando ble avbrutt her (prosess {pid}); neste «samarbeid record» fullfører det den begynte på, og fjerner låsefilen. En låsefil skal ikke sjekkes inn i git.',
    nn: 'Ein samarbeid-kommando vart avbroten her (prosess {pid}); neste «samarbeid record» fullfører det han byrja på, og fjernar låsefila. Ei låsefil skal ikkje sjekkast inn i git.',
    en: 'A samarbeid command was cut short here (process {pid}); the next "samarbeid record" finishes what it began and removes the lock file. A lock file does not belong in git.',
  },
  'load.unknown-file': {
    nb: 'Ukjent fil {file} blir ikke lest; kjente filer er {known}, action-plans/*.yaml og meetings/*.yaml',
    nn: 'Ukjend fil {file} vert ikkje lesen; kjende filer er {known}, action-plans/*.yaml og meetings/*.yaml',
    en: 'Unknown file {file} is not read; known files are {known}, action-plans/*.yaml and meetings/*.yaml',
  },
  'load.empty-file': {
    nb: 'Filen er tom; den skal starte med schemaVersion: 1',
    nn: 'Fila er tom; ho skal starte med schemaVersion: 1',
    en: 'The file is empty; it should start with schemaVersion: 1',
  },
  'load.not-a-map': {
    nb: 'Filen skal være en YAML-tabell (nøkkel: verdi) som starter med schemaVersion: 1',
    nn: 'Fila skal vere ein YAML-tabell (nøkkel: verdi) som startar med schemaVersion: 1',
    en: 'The file should be a YAML map (key: value) starting with schemaVersion: 1',
  },
  'load.yaml-syntax': {
    nb: 'YAML-syntaksfeil: {detail}',
    nn: 'YAML-syntaksfeil: {detail}',
    en: 'YAML syntax error: {detail}',
  },
  'load.duplicate-key': {
    nb: 'Samme nøkkel står to ganger i samme tabell',
    nn: 'Same nøkkel står to gonger i same tabell',
    en: 'The same key appears twice in one map',
  },
  'load.yaml-tab': {
    nb: 'Tabulator brukt som innrykk; bruk mellomrom',
    nn: 'Tabulator brukt som innrykk; bruk mellomrom',
    en: 'Tab used for indentation; use spaces',
  },
  'load.yaml-tag': {
    nb: 'Egendefinerte YAML-tagger er ikke tillatt ({detail})',
    nn: 'Eigendefinerte YAML-taggar er ikkje tillatne ({detail})',
    en: 'Custom YAML tags are not allowed ({detail})',
  },
  'load.yaml-multiple-documents': {
    nb: 'Filen har flere YAML-dokumenter (---); én fil skal ha ett dokument',
    nn: 'Fila har fleire YAML-dokument (---); éi fil skal ha eitt dokument',
    en: 'The file holds several YAML documents (---); one file holds one document',
  },
  'load.yaml-alias': {
    nb: 'For mange YAML-alias (*navn); filen blir ikke lest (vern mot «alias-bomber»)',
    nn: 'For mange YAML-alias (*namn); fila vert ikkje lesen (vern mot «alias-bomber»)',
    en: 'Too many YAML aliases (*name); the file is not read (a guard against alias bombs)',
  },
} as const satisfies Catalogue;
