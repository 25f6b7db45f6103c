import type { Catalogue } from './catalogue.js';

// SPEC sections 13 and 14: `samarbeid record withdrawal`, its help and what it says it did. The
// withdrawal's title in status is in status-messages.ts, the rule's messages in rules/withdrawal.ts.
export const withdrawalRecordMessages = {
  'help.record.withdrawal.description': {
    nb: 'registrer at en part har meldt seg ut av samarbeidet (skriftlig varsel)',
    nn: 'registrer at ein part har meldt seg ut av samarbeidet (skriftleg varsel)',
    en: 'record that a party gave written notice of withdrawal from the cooperation',
  },
  'help.record.withdrawal.party': {
    nb: 'parten som melder seg ut',
    nn: 'parten som melder seg ut',
    en: 'the party that withdraws',
  },
  'help.record.withdrawal.date': {
    nb: 'datoen for det skriftlige varselet',
    nn: 'datoen for det skriftlege varselet',
    en: 'the date of the written notice',
  },
  'edit.withdrawal-added': {
    nb: 'Registrerte i {file} at {party} meldte seg ut {date}',
    nn: 'Registrerte i {file} at {party} melde seg ut {date}',
    en: 'Recorded in {file} that {party} gave notice of withdrawal on {date}',
  },
  'edit.withdrawal-leaves': {
    nb: '{party} går ut {date}',
    nn: '{party} går ut {date}',
    en: '{party} leaves on {date}',
  },
  'edit.withdrawal-no-terms': {
    nb: 'Avtalen har ingen «governance.withdrawal», så utmeldingen gir ingen utmeldingsdato før vilkårene er lagt inn',
    nn: 'Avtalen har ingen «governance.withdrawal», så utmeldinga gir ingen utmeldingsdato før vilkåra er lagde inn',
    en: 'The agreement has no "governance.withdrawal", so the notice gives no leaving day until the terms are added',
  },
} as const satisfies Catalogue;
