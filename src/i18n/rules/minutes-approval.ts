import type { Catalogue } from '../catalogue.js';

// The messages of rule minutes-approval (src/rules/minutes-approval.ts), which names them as its own.
export const minutesApprovalMessages = {
  'minutes-approval.before-meeting': {
    nb: '{meeting}: referatet er oppgitt som godkjent {approved}, før møtet ble holdt',
    nn: '{meeting}: referatet er oppgitt som godkjent {approved}, før møtet vart halde',
    en: '{meeting}: the minutes are given as approved on {approved}, before the meeting was held',
  },
  'minutes-approval.unknown-meeting': {
    nb: '{meeting}: referatet er oppgitt som godkjent i møtet «{at}», som ikke finnes',
    nn: '{meeting}: referatet er oppgitt som godkjent i møtet «{at}», som ikkje finst',
    en: '{meeting}: the minutes are given as approved at meeting "{at}", which does not exist',
  },
  'minutes-approval.other-body': {
    nb: '{meeting}: referatet er oppgitt som godkjent i et møte i et annet organ ({at}); referatet godkjennes av samme organ',
    nn: '{meeting}: referatet er oppgitt som godkjent i eit møte i eit anna organ ({at}); referatet vert godkjent av same organ',
    en: '{meeting}: the minutes are given as approved at a meeting of another body ({at}); minutes are approved by the same body',
  },
} as const satisfies Catalogue;
