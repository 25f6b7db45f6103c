import type { Command } from 'commander';
import { Option } from 'commander';
import { REMIND_FORMATS, type RemindFormat } from '../output/remind-formats.js';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';

export interface RemindOptions extends GlobalOptions {
  asOf?: string;
  within?: string;
  format: RemindFormat;
  out?: string;
  delimiter?: string;
  explain?: boolean;
}

// The command's work (holidays, ICS) is loaded only when it runs: it would cost every other
// command start-up time.
export function registerRemind(program: Command): void {
  const help = helpFor(program);
  program
    .command('remind')
    .description(help.t('help.remind.description'))
    .argument('[paths...]', help.t('help.arg.paths'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .option('--within <days>', help.t('help.remind.within'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format')).choices(REMIND_FORMATS).default('text'),
    )
    .option('--out <dir>', help.t('help.remind.out'))
    .option('--delimiter <char>', help.t('help.option.delimiter'))
    .option('--explain', help.t('help.calendar.explain'))
    .addHelpText('after', () =>
      help.examples([
        ['samarbeid remind data'],
        ['samarbeid remind data --format markdown > paaminnelser.md', 'help.remind.example.markdown'],
        ['samarbeid remind data --format ics --out kalender', 'help.remind.example.ics'],
        ['samarbeid remind . --within 60 --format json'],
      ]),
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runRemind } = await import('./remind-run.js');
      await runRemind(paths, command.optsWithGlobals<RemindOptions>());
    });
}
