import { Command, CommanderError, Option } from 'commander';
import { LANGS } from '../i18n/catalogue.js';
import { render, t } from '../i18n/index.js';
import { terminalLines, terminalSafe } from '../output/sanitize.js';
import { VERSION } from '../version.js';
import { pickLang, UsageError } from './context.js';
import { registerInit } from './init.js';
import { registerRecord } from './record.js';
import { registerRemind } from './remind.js';
import { registerSchema } from './schema.js';
import { registerStatus } from './status.js';
import { registerValidate } from './validate.js';

export function buildProgram(): Command {
  const program = new Command('samarbeid')
    .description('Governance tracker for cooperation agreements between public bodies, kept as YAML in git.')
    .version(VERSION)
    .addOption(
      new Option(
        '--lang <lang>',
        "language of messages (default: the agreement's language, else nb)",
      ).choices(LANGS),
    )
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--no-cache', 'parse every file; neither read nor write the cache (.git/samarbeid-cache)')
    .showSuggestionAfterError()
    .exitOverride()
    // Commander echoes arguments (an unknown option, a bad --format value): they are data too.
    .configureOutput({
      writeOut: (text) => process.stdout.write(terminalLines(text)),
      writeErr: (text) => process.stderr.write(terminalLines(text)),
      // One line, so that no echoed line break can start a line (a GitHub workflow command).
      outputError: (text, write) =>
        write(`samarbeid: ${terminalSafe(text.replace(/^error: /, '').trimEnd())}\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  samarbeid status data                     what is due, overdue and planned
  samarbeid validate data --format github   check the data in CI
  samarbeid remind data --format ics --out reminders
  samarbeid record meeting data/buskerud-2024 --body middle --date 20.11.2026
  samarbeid init new-agreement --example

Exit codes: 0 success, 1 findings (or --fail-on met), 2 usage error or no agreement found.`,
    );
  registerValidate(program);
  registerStatus(program);
  registerRemind(program);
  registerRecord(program);
  registerInit(program);
  registerSchema(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

function langFromArgv(argv: readonly string[]) {
  const at = argv.indexOf('--lang');
  const inline = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return pickLang(inline ?? (at >= 0 ? argv[at + 1] : undefined), []);
}

/** Runs the CLI and sets the exit code; never lets an exception print a stack trace. */
export async function run(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other commander error is a usage error.
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = ok ? 0 : 2;
      return;
    }
    const lang = langFromArgv(argv);
    if (error instanceof UsageError) {
      process.stderr.write(`samarbeid: ${terminalSafe(render(error.detail, lang))}
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
