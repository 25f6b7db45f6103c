import { type Command, CommanderError, Option } from 'commander';
import { LANGS, type Lang } from '../i18n/catalogue.js';
import { render, type Translate, t } from '../i18n/index.js';
import { terminalLines, terminalSafe } from '../output/sanitize.js';
import { VERSION } from '../version.js';
import { registerCalendar } from './calendar.js';
import { pickLang, UsageError } from './context.js';
import { registerDiff } from './diff.js';
import { localHelp } from './help-terms.js';
import { helpFor } from './help-text.js';
import { registerInit } from './init.js';
import { LocalCommand } from './local-command.js';
import { registerRecord } from './record.js';
import { registerRemind } from './remind.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerStatus } from './status.js';
import { registerValidate } from './validate.js';

/** The program with every help text and usage error in `lang` (SPEC section 11). */
export function buildProgram(lang: Lang = 'nb', only?: string): Command {
  const say: Translate = (id, ...params) => t(id, lang, ...params);
  const program = new LocalCommand('samarbeid', lang)
    .configureHelp(localHelp(lang))
    // Set before the commands are added: each command takes these from the program.
    .helpOption('-h, --help', say('help.option.help'))
    .helpCommand(`help [${say('help.value.command')}]`, say('help.command.help'))
    .description(say('help.program.description'))
    .version(VERSION, '-V, --version', say('help.option.version'))
    .addOption(new Option('--lang <lang>', say('help.option.lang')).choices(LANGS))
    .option('--no-color', say('help.option.no-color'))
    .option('--no-cache', say('help.option.no-cache'))
    .showSuggestionAfterError()
    .exitOverride()
    // Commander echoes arguments (an unknown option, a bad --format value): they are data too.
    .configureOutput({
      writeOut: (text) => process.stdout.write(terminalLines(text)),
      writeErr: (text) => process.stderr.write(terminalLines(text)),
      // One line, so that no echoed line break can start a line (a GitHub workflow command).
      outputError: (text, write) =>
        write(`samarbeid: ${terminalSafe(text.replace(/^error: /, '').trimEnd())}\n`),
    });
  const help = helpFor(program);
  program.addHelpText(
    'after',
    () =>
      `${help.examples([
        ['samarbeid status data', 'help.program.example.status'],
        ['samarbeid validate data --format github', 'help.program.example.validate'],
        ['samarbeid remind data --format ics --out kalender', 'help.program.example.remind'],
        [
          'samarbeid record meeting data/buskerud-2024 --body middle --date 08.12.2026',
          'help.program.example.record',
        ],
        ['samarbeid init ny-avtale --example', 'help.program.example.init'],
      ])}\n${help.exitCodes('help.program.exit-codes')}`,
  );
  const commands = {
    validate: registerValidate,
    status: registerStatus,
    remind: registerRemind,
    calendar: registerCalendar,
    report: registerReport,
    record: registerRecord,
    init: registerInit,
    schema: registerSchema,
    diff: registerDiff,
  };
  // A run of one command builds that command only (start-up: record alone has fourteen subcommands);
  // help, an unknown word or no command builds them all, for the list and the "did you mean".
  const one = only !== undefined && Object.hasOwn(commands, only) ? only : undefined;
  for (const [name, register] of Object.entries(commands))
    if (one === undefined || name === one) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** The command word of argv: its first argument that is neither an option nor the value of --lang. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** --lang as given on the command line, if it is. */
function langOption(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  const inline = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return inline ?? (at >= 0 ? argv[at + 1] : undefined);
}

/** --lang as given on the command line (before any file is read), else nb. */
export function langFromArgv(argv: readonly string[]): Lang {
  return pickLang(langOption(argv), []);
}

/** Runs the CLI and sets the exit code; never lets an exception print a stack trace. */
export async function run(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram(langFromArgv(argv), commandWord(argv)).parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other commander error is a usage error.
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = ok ? 0 : 2;
      return;
    }
    const lang = langFromArgv(argv);
    if (error instanceof UsageError) {
      // About an agreement that was read: in its language, unless --lang says otherwise.
      const language = error.language ? pickLang(langOption(argv), [error.language]) : lang;
      process.stderr.write(`samarbeid: ${terminalSafe(render(error.detail, language))}
`);
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof Error && error.name === 'EditNotVerified') {
      // SPEC section 8: an edit that did not come out as intended is never written; it is a bug.
      process.stderr.write(`samarbeid: ${t('edit.unverified', lang, { detail: error.message })}
`);
      process.exitCode = 3;
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`samarbeid: ${terminalSafe(t('cli.internal-error', lang, { detail }))}\n`);
    if (process.env.SAMARBEID_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  }
}
