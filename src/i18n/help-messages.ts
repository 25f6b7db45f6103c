import type { Catalogue } from './catalogue.js';

// --help and usage errors (SPEC section 11): commander's own words, the words that stand for a
// value in a usage line, and the program's help. Flags and values (--format, markdown) stay as
// they are typed. The commands' texts are in help-commands-messages.ts and help-record-messages.ts.
export const helpMessages = {
  'help.title.usage': { nb: 'Bruk:', nn: 'Bruk:', en: 'Usage:' },
  'help.title.arguments': { nb: 'Argumenter:', nn: 'Argument:', en: 'Arguments:' },
  'help.title.options': { nb: 'Valg:', nn: 'Val:', en: 'Options:' },
  'help.title.global-options': { nb: 'Felles valg:', nn: 'Felles val:', en: 'Global Options:' },
  'help.title.commands': { nb: 'Kommandoer:', nn: 'Kommandoar:', en: 'Commands:' },
  'help.title.examples': {
    nb: '{n|Eksempel|Eksempler}:',
    nn: '{n|Eksempel|Eksempel}:',
    en: '{n|Example|Examples}:',
  },
  'help.title.exit-codes': { nb: 'Avslutningskoder:', nn: 'Avslutningskodar:', en: 'Exit codes:' },
  'help.usage.options': { nb: '[valg]', nn: '[val]', en: '[options]' },
  'help.usage.command': { nb: '[kommando]', nn: '[kommando]', en: '[command]' },
  'help.extra.default': { nb: 'standard: {value}', nn: 'standard: {value}', en: 'default: {value}' },
  'help.extra.choices': { nb: 'én av: {values}', nn: 'éin av: {values}', en: 'choices: {values}' },
  'help.option.help': {
    nb: 'vis hjelp for kommandoen',
    nn: 'vis hjelp for kommandoen',
    en: 'display help for command',
  },
  'help.option.version': {
    nb: 'vis versjonsnummeret',
    nn: 'vis versjonsnummeret',
    en: 'output the version number',
  },
  'help.command.help': {
    nb: 'vis hjelp for en kommando',
    nn: 'vis hjelp for ein kommando',
    en: 'display help for command',
  },
  'help.program.description': {
    nb: 'Følger opp samarbeidsavtaler mellom offentlige virksomheter, med dataene i YAML-filer i git.',
    nn: 'Følgjer opp samarbeidsavtalar mellom offentlege verksemder, med dataa i YAML-filer i git.',
    en: 'Governance tracker for cooperation agreements between public bodies, kept as YAML in git.',
  },
  'help.option.lang': {
    nb: 'språket i meldinger og hjelp (standard: språket i avtalen, ellers nb)',
    nn: 'språket i meldingar og hjelp (standard: språket i avtalen, elles nb)',
    en: "language of messages and help (default: the agreement's language, else nb)",
  },
  'help.option.no-color': {
    nb: 'ingen farger («NO_COLOR» og «FORCE_COLOR» virker også)',
    nn: 'ingen fargar («NO_COLOR» og «FORCE_COLOR» verkar òg)',
    en: 'no colours (NO_COLOR and FORCE_COLOR are honoured too)',
  },
  'help.option.no-cache': {
    nb: 'les alle filene på nytt; ikke bruk mellomlageret (.git/samarbeid-cache)',
    nn: 'les alle filene på nytt; ikkje bruk mellomlageret (.git/samarbeid-cache)',
    en: 'parse every file; neither read nor write the cache (.git/samarbeid-cache)',
  },
  'help.program.example.status': {
    nb: 'hva som snart forfaller, har forfalt og er planlagt',
    nn: 'kva som snart forfell, har forfalle og er planlagt',
    en: 'what is due, overdue and planned',
  },
  'help.program.example.validate': {
    nb: 'sjekk dataene i CI',
    nn: 'sjekk dataa i CI',
    en: 'check the data in CI',
  },
  'help.program.example.remind': {
    nb: 'påminnelser som kalenderfiler',
    nn: 'påminningar som kalenderfiler',
    en: 'reminders as calendar files',
  },
  'help.program.example.record': {
    nb: 'registrer et møte på mellomledernivå',
    nn: 'registrer eit møte på mellomleiarnivå',
    en: 'record a middle-level meeting',
  },
  'help.program.example.init': {
    nb: 'en ny avtalemappe med eksempelavtalen',
    nn: 'ei ny avtalemappe med eksempelavtalen',
    en: 'a new agreement folder with the example agreement',
  },
  'help.program.exit-codes': {
    nb: '0 alt i orden, 1 funn (eller --fail-on slo til), 2 feil bruk eller ingen avtale funnet.',
    nn: '0 alt i orden, 1 funn (eller --fail-on slo til), 2 feil bruk eller ingen avtale funnen.',
    en: '0 success, 1 findings (or --fail-on met), 2 usage error or no agreement found.',
  },
  // Usage errors: commander finds them, these say them (src/cli/local-command.ts).
  'usage.unknown-option': {
    nb: 'ukjent valg «{option}»',
    nn: 'ukjend val «{option}»',
    en: 'unknown option "{option}"',
  },
  'usage.unknown-command': {
    nb: 'ukjent kommando «{command}»',
    nn: 'ukjend kommando «{command}»',
    en: 'unknown command "{command}"',
  },
  'usage.see-help': { nb: 'se «{help}»', nn: 'sjå «{help}»', en: 'see "{help}"' },
  'usage.did-you-mean': {
    nb: 'mente du {candidate}?',
    nn: 'meinte du {candidate}?',
    en: 'did you mean {candidate}?',
  },
  'usage.did-you-mean-one-of': {
    nb: 'mente du én av {candidates}?',
    nn: 'meinte du éin av {candidates}?',
    en: 'did you mean one of {candidates}?',
  },
  'usage.command-needs': {
    nb: '«{command}» trenger {what}',
    nn: '«{command}» treng {what}',
    en: '"{command}" needs {what}',
  },
  'usage.option-needs-value': {
    nb: '{option} må ha en verdi ({value})',
    nn: '{option} må ha ein verdi ({value})',
    en: '{option} needs a value ({value})',
  },
  'usage.invalid-choice': {
    nb: '{option} kan ikke være «{value}»; velg én av: {choices}',
    nn: '{option} kan ikkje vere «{value}»; vel éin av: {choices}',
    en: '{option} cannot be "{value}"; choose one of: {choices}',
  },
  'usage.invalid-value': {
    nb: '{option} kan ikke være «{value}»',
    nn: '{option} kan ikkje vere «{value}»',
    en: '{option} cannot be "{value}"',
  },
  'usage.no-arguments': {
    nb: '«{command}» tar ingen argumenter, men fikk {got}',
    nn: '«{command}» tek ingen argument, men fekk {got}',
    en: '"{command}" takes no arguments, but got {got}',
  },
  'usage.too-many-arguments': {
    nb: '«{command}» tar {expected} {expected|argument|argumenter}, men fikk {got}',
    nn: '«{command}» tek {expected} argument, men fekk {got}',
    en: '"{command}" takes {expected} {expected|argument|arguments}, but got {got}',
  },
} as const satisfies Catalogue;
