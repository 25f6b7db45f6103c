import type { Argument, Command, Help, Option } from 'commander';
import type { Lang } from '../i18n/catalogue.js';
import { type PlainId, t } from '../i18n/index.js';

// The word in `--date <date>` or `<folder>` stands for what the user writes, so --help says it in
// the user's language; the flag itself stays as it is typed.
const VALUE_WORDS: Record<string, PlainId> = {
  area: 'help.value.area',
  'area=text': 'help.value.area=text',
  body: 'help.value.body',
  char: 'help.value.char',
  command: 'help.value.command',
  date: 'help.value.date',
  'date|plan@date': 'help.value.date|plan@date',
  days: 'help.value.days',
  dir: 'help.value.dir',
  duty: 'help.value.duty',
  email: 'help.value.email',
  folder: 'help.value.folder',
  format: 'help.value.format',
  group: 'help.value.group',
  'group/date': 'help.value.group/date',
  id: 'help.value.id',
  'id=Name': 'help.value.id=Name',
  'side=a,b': 'help.value.side=a,b',
  'party=role': 'help.value.party=role',
  'level:party=role': 'help.value.level:party=role',
  'level=cadence': 'help.value.level=cadence',
  label: 'help.value.label',
  lang: 'help.value.lang',
  meeting: 'help.value.meeting',
  'meeting/id': 'help.value.meeting/id',
  name: 'help.value.name',
  owner: 'help.value.owner',
  party: 'help.value.party',
  'party-or-person': 'help.value.party-or-person',
  paths: 'help.value.paths',
  'revisions-and-paths': 'help.value.revisions-and-paths',
  people: 'help.value.people',
  person: 'help.value.person',
  plan: 'help.value.plan',
  'plan/id': 'help.value.plan/id',
  ref: 'help.value.ref',
  role: 'help.value.role',
  state: 'help.value.state',
  status: 'help.value.status',
  text: 'help.value.text',
  time: 'help.value.time',
  title: 'help.value.title',
  url: 'help.value.url',
  year: 'help.value.year',
};

/** Whether --help has a word for this value name (a test checks every flag of the program). */
export const hasValueWord = (word: string): boolean => word in VALUE_WORDS;

export function valueWord(word: string, lang: Lang): string {
  const id = VALUE_WORDS[word];
  return id ? t(id, lang) : word;
}

/** `--date <date>` as --help shows it: `--date <dato>` in Norwegian. */
export function localFlags(flags: string, lang: Lang): string {
  return flags.replace(
    /([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g,
    (_whole, open: string, word: string, dots: string | undefined, close: string) =>
      `${open}${valueWord(word, lang)}${dots ?? ''}${close}`,
  );
}

/** `<folder>` or `[paths...]`, as commander writes an argument in a usage line. */
export function argumentTerm(argument: Argument, lang: Lang): string {
  const name = `${valueWord(argument.name(), lang)}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** `samarbeid record meeting`: the command with its parents, as the user types it. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

const TITLES: Record<string, PlainId> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.global-options',
  'Commands:': 'help.title.commands',
};

function extras(
  lang: Lang,
  description: string,
  choices: readonly string[] | undefined,
  shown: unknown,
): string {
  const extra: string[] = [];
  if (choices) extra.push(t('help.extra.choices', lang, { values: choices.join(', ') }));
  const empty = Array.isArray(shown) && shown.length === 0;
  if (shown !== undefined && !empty)
    extra.push(
      t('help.extra.default', lang, { value: typeof shown === 'string' ? shown : JSON.stringify(shown) }),
    );
  return extra.length > 0 ? `${description} (${extra.join(', ')})`.trim() : description;
}

function optionDefault(option: Option): unknown {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || typeof option.defaultValue === 'boolean';
  return shown ? (option.defaultValueDescription ?? option.defaultValue) : undefined;
}

/**
 * commander's Help in the user's language. Commander passes its section titles ('Usage:',
 * 'Options:', ...) through styleTitle and builds the usage line from '[options]', '[command]' and
 * the arguments; those are the only English words it writes into --help, and each is replaced here.
 */
export function localHelp(lang: Lang): Partial<Help> {
  const usageWord = (word: string) =>
    word === '[options]'
      ? t('help.usage.options', lang)
      : word === '[command]'
        ? t('help.usage.command', lang)
        : localFlags(word, lang);
  return {
    styleTitle: (title) => (TITLES[title] ? t(TITLES[title], lang) : title),
    commandUsage: (cmd) => `${commandPath(cmd)} ${cmd.usage().split(' ').map(usageWord).join(' ')}`.trim(),
    subcommandTerm: (cmd) =>
      [
        cmd.name(),
        ...(cmd.options.length > 0 ? [t('help.usage.options', lang)] : []),
        ...cmd.registeredArguments.map((a) => argumentTerm(a, lang)),
      ].join(' '),
    optionTerm: (option) => localFlags(option.flags, lang),
    argumentTerm: (argument) => valueWord(argument.name(), lang),
    optionDescription: (option) => extras(lang, option.description, option.argChoices, optionDefault(option)),
    argumentDescription: (argument) =>
      extras(
        lang,
        argument.description,
        argument.argChoices,
        argument.defaultValueDescription ?? argument.defaultValue,
      ),
  };
}
