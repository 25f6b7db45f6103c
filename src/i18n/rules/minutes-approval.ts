import type { Catalogue } from '../catalogue.js';

// The messages of rule minutes-approval (src/rules/minutes-approval.ts), which names them as its own.
export const minutesApprovalMessages = {
  'minutes-approval.before-meeting': {
    nb: 'Referatet fra møtet {meeting} ({date}) er oppgitt som godkjent {approved}, før møtet ble holdt',
    nn: 'Referatet frå møtet {meeting} ({date}) er oppgitt som godkjent {approved}, før møtet vart halde',
    en: 'The minutes of meeting {meeting} ({date}) are given as approved on {approved}, before the meeting was held',
  },
  'minutes-approval.unknown-meeting': {
    nb: 'Referatet fra møtet {meeting} er oppgitt som godkjent i møtet «{at}», som ikke finnes',
    nn: 'Referatet frå møtet {meeting} er oppgitt som godkjent i møtet «{at}», som ikkje finst',
    en: 'The minutes of meeting {meeting} are given as approved at meeting "{at}", which does not exist',
  },
  'minutes-approval.other-body': {
    nb: 'Referatet fra møtet {meeting} ({body}) er oppgitt som godkjent i møtet {at}, som hører til {atBody}; referatet godkjennes av samme organ',
    nn: 'Referatet frå møtet {meeting} ({body}) er oppgitt som godkjent i møtet {at}, som høyrer til {atBody}; referatet vert godkjent av same organ',
    en: 'The minutes of meeting {meeting} ({body}) are given as approved at meeting {at}, a meeting of {atBody}; minutes are approved by the same body',
  },
} as const satisfies Catalogue;
