import type { Command } from 'commander';
import { Option } from 'commander';
import { CALENDAR_FORMATS, type CalendarFormat } from '../output/calendar-formats.js';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';

export interface CalendarOptions extends GlobalOptions {
  asOf?: string;
  year?: string;
  from?: string;
  to?: string;
  format?: CalendarFormat;
  out?: string;
  body?: string;
  party?: string;
  explain?: boolean;
}

// The work (holidays, ICS, SVG) is loaded only when the command runs.
export function registerCalendar(program: Command): void {
  const help = helpFor(program);
  program
    .command('calendar')
    .description(help.t('help.calendar.description'))
    .argument('[paths...]', help.t('help.arg.paths'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .option('--year <year>', help.t('help.calendar.year'))
    .option('--from <date>', help.t('help.calendar.from'))
    .option('--to <date>', help.t('help.calendar.to'))
    .addOption(new Option('--format <format>', help.t('help.calendar.format')).choices(CALENDAR_FORMATS))
    .option('--out <dir>', help.t('help.calendar.out'))
    .option('--body <body>', help.t('help.calendar.body'))
    .option('--party <party>', help.t('help.calendar.party'))
    .option('--explain', help.t('help.calendar.explain'))
    .addHelpText('after', () =>
      help.examples([
        ['samarbeid calendar data/buskerud-2024 --year 2027'],
        ['samarbeid calendar data --year 2027 --format ics > aarsplan.ics', 'help.calendar.example.ics'],
        ['samarbeid calendar data --year 2027 --format svg --out aarshjul', 'help.calendar.example.svg'],
        ['samarbeid calendar . --from 01.08.2027 --to 31.12.2027 --body middle --explain'],
      ]),
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runCalendar } = await import('./calendar-run.js');
      await runCalendar(paths, command.optsWithGlobals<CalendarOptions>());
    });
}
