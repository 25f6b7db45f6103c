import type { Catalogue } from '../catalogue.js';

// The messages of rule duplicate-record (src/rules/duplicate-record.ts), which names them as its own.
export const duplicateRecordMessages = {
  'duplicate-record.meeting': {
    nb: '{body} har allerede et møte {date}: {first}. Slå møtet {id} sammen med det, eller rett datoen',
    nn: '{body} har allereie eit møte {date}: {first}. Slå møtet {id} saman med det, eller rett datoen',
    en: '{body} already has a meeting on {date}: {first}. Merge meeting {id} into it, or correct the date',
  },
  'duplicate-record.report': {
    nb: 'Arbeidsgruppen {group} har allerede en rapport {date} (nr. {first} under «reports»). Slå dem sammen, eller rett datoen',
    nn: 'Arbeidsgruppa {group} har allereie ein rapport {date} (nr. {first} under «reports»). Slå dei saman, eller rett datoen',
    en: 'Working group {group} already has a report on {date} (no. {first} under reports). Merge them, or correct the date',
  },
  'duplicate-record.plan-evaluation': {
    nb: 'Handlingsplanen «{plan}» har allerede en evaluering {date} (nr. {first} under «evaluations»). Slå dem sammen, eller rett datoen',
    nn: 'Handlingsplanen «{plan}» har allereie ei evaluering {date} (nr. {first} under «evaluations»). Slå dei saman, eller rett datoen',
    en: 'Action plan "{plan}" already has an evaluation on {date} (no. {first} under evaluations). Merge them, or correct the date',
  },
  'duplicate-record.agreement-evaluation': {
    nb: 'Avtalen har allerede en evaluering {date} (nr. {first} i evaluations.yaml). Slå dem sammen, eller rett datoen',
    nn: 'Avtalen har allereie ei evaluering {date} (nr. {first} i evaluations.yaml). Slå dei saman, eller rett datoen',
    en: 'The agreement already has an evaluation on {date} (no. {first} in evaluations.yaml). Merge them, or correct the date',
  },
} as const satisfies Catalogue;
