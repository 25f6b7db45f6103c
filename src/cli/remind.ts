import type { Command } from 'commander';
import { Option } from 'commander';
import { REMIND_FORMATS, type RemindFormat } from '../output/remind-formats.js';
import type { GlobalOptions } from './context.js';

export interface RemindOptions extends GlobalOptions {
  asOf?: string;
  within?: string;
  format: RemindFormat;
  out?: string;
  delimiter?: string;
}

// The command's work (holidays, ICS) is loaded only when it runs: it would cost every other
// command start-up time.
export function registerRemind(program: Command): void {
  program
    .command('remind')
    .description(
      'reminders for what is overdue or due soon, and for planned meetings, with suggested dates and draft agendas',
    )
    .argument('[paths...]', 'agreement folders or workspaces', [])
    .option('--as-of <date>', 'as of this date (YYYY-MM-DD); default: today in Europe/Oslo')
    .option('--within <days>', "the window in days (default: the agreement's remindDaysBefore, else 30)")
    .addOption(new Option('--format <format>', 'output format').choices(REMIND_FORMATS).default('text'))
    .option(
      '--out <dir>',
      'write one file per agreement (<id>.ics, <id>.md, <id>.txt, <id>.json) instead of printing',
    )
    .option('--delimiter <char>', 'field separator of --format csv: ";" (default), "," or "tab"')
    .addHelpText(
      'after',
      `
Examples:
  samarbeid remind data
  samarbeid remind data --format markdown > reminders.md        # paste into e-mail or Teams
  samarbeid remind data --format ics --out calendar             # one .ics per agreement for Outlook
  samarbeid remind . --within 60 --format json`,
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runRemind } = await import('./remind-run.js');
      await runRemind(paths, command.optsWithGlobals<RemindOptions>());
    });
}
