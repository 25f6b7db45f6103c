import type { Command } from 'commander';
import { Option } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../output/report-formats.js';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';

export interface ReportOptions extends GlobalOptions {
  year?: string;
  from?: string;
  to?: string;
  format: ReportFormat;
  out?: string;
}

// The report and its formats (DOCX above all) are loaded only when the command runs.
export function registerReport(program: Command): void {
  const help = helpFor(program);
  program
    .command('report')
    .description(help.t('help.report.description'))
    .argument('[paths...]', help.t('help.arg.paths'), [])
    .option('--year <year>', help.t('help.report.year'))
    .option('--from <date>', help.t('help.report.from'))
    .option('--to <date>', help.t('help.report.to'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format'))
        .choices(REPORT_FORMATS)
        .default('markdown'),
    )
    .option('--out <dir>', help.t('help.report.out'))
    .addHelpText('after', () =>
      help.examples([
        ['samarbeid report data/buskerud-2024 --year 2025', 'help.report.example.markdown'],
        ['samarbeid report data --year 2025 --format docx --out rapporter', 'help.report.example.docx'],
        ['samarbeid report . --from 01.01.2026 --to 30.06.2026 --format html > rapport.html'],
      ]),
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const { runReport } = await import('./report-run.js');
      await runReport(paths, command.optsWithGlobals<ReportOptions>());
    });
}
