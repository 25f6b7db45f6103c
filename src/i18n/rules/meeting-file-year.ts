import type { Catalogue } from '../catalogue.js';

// The messages of rule meeting-file-year (src/rules/meeting-file-year.ts), which names them as its own.
export const meetingFileYearMessages = {
  'meeting-file-year.other-year': {
    nb: 'Møtet {id} ({date}) ligger i filen for {year}',
    nn: 'Møtet {id} ({date}) ligg i fila for {year}',
    en: 'Meeting {id} ({date}) is in the file for {year}',
  },
} as const satisfies Catalogue;
