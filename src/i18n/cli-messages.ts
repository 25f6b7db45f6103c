import type { Catalogue } from './catalogue.js';

export const cliMessages = {
  'spec.year-or-range': {
    nb: 'Bruk enten --year eller --from og --to, ikke begge',
    nn: 'Bruk anten --year eller --from og --to, ikkje begge',
    en: 'Give either --year or --from and --to, not both',
  },
  'spec.bad-year': {
    nb: '--year tar et årstall fra {first} til {last}; fikk «{value}»',
    nn: '--year tek eit årstal frå {first} til {last}; fekk «{value}»',
    en: '--year takes a year from {first} to {last}; got "{value}"',
  },
  'spec.from-and-to': {
    nb: '--from og --to må brukes sammen',
    nn: '--from og --to må brukast saman',
    en: '--from and --to go together',
  },
  'spec.bad-range': {
    nb: '--to kan ikke komme før --from, og perioden kan være høyst ti år; fikk {from} til {to}',
    nn: '--to kan ikkje kome før --from, og perioden kan vere høgst ti år; fekk {from} til {to}',
    en: '--to cannot come before --from, and the period can be ten years at most; got {from} to {to}',
  },
  'word.error': { nb: 'feil', nn: 'feil', en: 'error' },
  'word.warning': { nb: 'advarsel', nn: 'åtvaring', en: 'warning' },
  'validate.clean': {
    nb: '{agreements} {agreements|avtale|avtaler} sjekket: ingen funn',
    nn: '{agreements} {agreements|avtale|avtalar} sjekka: ingen funn',
    en: '{agreements} {agreements|agreement|agreements} checked: no findings',
  },
  'validate.summary': {
    nb: '{agreements} {agreements|avtale|avtaler} sjekket: {errors} feil, {warnings} {warnings|advarsel|advarsler}',
    nn: '{agreements} {agreements|avtale|avtalar} sjekka: {errors} feil, {warnings} {warnings|åtvaring|åtvaringar}',
    en: '{agreements} {agreements|agreement|agreements} checked: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
  },
  'cli.no-such-path': {
    nb: 'finner ikke {path}',
    nn: 'finn ikkje {path}',
    en: 'no such file or folder: {path}',
  },
  'cli.unreadable-path': {
    nb: 'kan ikke lese {path} ({code})',
    nn: 'kan ikkje lese {path} ({code})',
    en: 'cannot read {path} ({code})',
  },
  'cli.outside-agreement': {
    nb: '{path} ligger ikke i noen avtalemappe (ingen agreement.yaml i mappen eller over den)',
    nn: '{path} ligg ikkje i noka avtalemappe (ingen agreement.yaml i mappa eller over ho)',
    en: '{path} is in no agreement folder (no agreement.yaml in its folder or above it)',
  },
  'cli.file-not-checked': {
    nb: '{path} er ikke en av filene samarbeid leser, og er ikke sjekket',
    nn: '{path} er ikkje ei av filene samarbeid les, og er ikkje sjekka',
    en: '{path} is not one of the files samarbeid reads, and was not checked',
  },
  'cli.using-agreement': {
    nb: 'Bruker avtalen i {path}',
    nn: 'Brukar avtalen i {path}',
    en: 'Using the agreement in {path}',
  },
  'cli.using-workspace': {
    nb: 'Bruker arbeidsområdet i {path}',
    nn: 'Brukar arbeidsområdet i {path}',
    en: 'Using the workspace in {path}',
  },
  'config.both': {
    nb: 'både {first} og {second} finnes; behold bare én av dem',
    nn: 'både {first} og {second} finst; behald berre éi av dei',
    en: 'both {first} and {second} exist; keep only one of them',
  },
  'config.unknown-rule': {
    nb: 'Ukjent regelkode «{key}»; kodene står i docs/rules.md',
    nn: 'Ukjend regelkode «{key}»; kodane står i docs/rules.md',
    en: 'Unknown rule code "{key}"; the codes are listed in docs/rules.md',
  },
  'config.unknown-rule-suggest': {
    nb: 'Ukjent regelkode «{key}»; mente du «{suggestion}»?',
    nn: 'Ukjend regelkode «{key}»; meinte du «{suggestion}»?',
    en: 'Unknown rule code "{key}"; did you mean "{suggestion}"?',
  },
  'cli.no-agreement': {
    nb: 'fant ingen avtale (agreement.yaml) under {path}',
    nn: 'fann ingen avtale (agreement.yaml) under {path}',
    en: 'no agreement (agreement.yaml) found under {path}',
  },
  'cli.bad-date': {
    nb: '{option} tar en dato som finnes, fra {first} til {last}, skrevet DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD; fikk «{value}»',
    nn: '{option} tek ein dato som finst, frå {first} til {last}, skriven DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD; fekk «{value}»',
    en: '{option} takes a real date from {first} to {last}, written DD.MM.YYYY or YYYY-MM-DD; got "{value}"',
  },
  'cli.bad-number': {
    nb: '{option} tar et heltall fra {min} til {max}; fikk «{value}»',
    nn: '{option} tek eit heiltal frå {min} til {max}; fekk «{value}»',
    en: '{option} takes a whole number from {min} to {max}; got "{value}"',
  },
  'cli.write-failed': {
    nb: 'kunne ikke skrive {path} ({code})',
    nn: 'kunne ikkje skrive {path} ({code})',
    en: 'could not write {path} ({code})',
  },
  'cli.wrote': { nb: 'skrev {path}', nn: 'skreiv {path}', en: 'wrote {path}' },
  'cli.would-write': {
    nb: 'ville skrevet {path}',
    nn: 'ville skrive {path}',
    en: 'would write {path}',
  },
  'cli.schema-lines-ok': {
    nb: 'skjemalinjene i alle avtalefilene peker allerede på {folder}',
    nn: 'skjemalinjene i alle avtalefilene peikar allereie på {folder}',
    en: 'the schema lines of all agreement files already point at {folder}',
  },
  'cli.schema-lines-fixed': {
    nb: '{n} {n|fil|filer} har fått en skjemalinje som peker på skjemaene i {folder}',
    nn: '{n} {n|fil|filer} har fått ei skjemalinje som peikar på skjemaa i {folder}',
    en: '{n} {n|file|files} now have a schema line that points at the schemas in {folder}',
  },
  'cli.internal-error': {
    nb: 'intern feil: {detail}. Dette er en feil i samarbeid. Meld gjerne fra, og ta med kommandoen du kjørte (SAMARBEID_DEBUG=1 viser detaljer).',
    nn: 'intern feil: {detail}. Dette er ein feil i samarbeid. Meld gjerne frå, og ta med kommandoen du køyrde (SAMARBEID_DEBUG=1 viser detaljar).',
    en: 'internal error: {detail}. This is a bug in samarbeid; please report it with the command you ran (SAMARBEID_DEBUG=1 shows details).',
  },
} as const satisfies Catalogue;
