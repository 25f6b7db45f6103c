import type { Catalogue } from '../catalogue.js';

// The messages of rule meeting-file-year (src/rules/meeting-file-year.ts), which names them as its own.
export const meetingFileYearMessages = {
  'meeting-file-year.other-year': {
    nb: '{meeting}: ligger i filen for {year}',
    nn: '{meeting}: ligg i fila for {year}',
    en: '{meeting}: in the file for {year}',
  },
} as const satisfies Catalogue;
