import type { Command } from 'commander';
import { Option } from 'commander';
import { failsOn, statusOf } from '../app/status.js';
import type { ObligationState } from '../engine/state.js';
import { render } from '../i18n/index.js';
import { STATUS_FORMATS, type StatusFormat, statusFormatter } from '../output/status.js';
import { type GlobalOptions, makeChalk, translator } from './context.js';
import { csvOptions } from './csv-options.js';
import { helpFor } from './help-text.js';
import { openFor } from './open.js';
import { specFrom } from './spec.js';

interface StatusOptions extends GlobalOptions {
  asOf?: string;
  format: StatusFormat;
  failOn?: 'overdue' | 'due-soon';
  all?: boolean;
  delimiter?: string;
}

const FAILING: Record<'overdue' | 'due-soon', readonly ObligationState[]> = {
  // A meeting nobody recorded fails the run as an overdue one does (SPEC section 14).
  overdue: ['unrecorded', 'overdue'],
  'due-soon': ['unrecorded', 'overdue', 'due-soon'],
};

export function registerStatus(program: Command): void {
  const help = helpFor(program);
  program
    .command('status')
    .description(help.t('help.status.description'))
    .argument('[paths...]', help.t('help.arg.paths'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format')).choices(STATUS_FORMATS).default('text'),
    )
    .addOption(
      new Option('--fail-on <state>', help.t('help.status.fail-on')).choices(['overdue', 'due-soon']),
    )
    .option('--all', help.t('help.status.all'))
    .option('--delimiter <char>', help.t('help.option.delimiter'))
    .addHelpText(
      'after',
      () =>
        `${help.examples([
          ['samarbeid status data'],
          ['samarbeid status data --as-of 22.11.2026 --format markdown > status.md'],
          ["samarbeid status . --format json | jq '.summary'"],
          ['samarbeid status . --fail-on overdue', 'help.status.example.fail-on'],
        ])}\n${help.exitCodes('help.status.exit-codes')}`,
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<StatusOptions>();
      const spec = specFrom(options);
      const { workspace, lang } = await openFor(paths, options);
      const result = statusOf(workspace, spec, Boolean(options.all));
      const view = {
        asOf: result.asOf,
        entries: result.entries,
        summary: result.summary,
        lang,
        render: (m: Parameters<typeof render>[0]) => render(m, lang),
        t: translator(lang),
      };
      const format = await statusFormatter(options.format, csvOptions(options.delimiter));
      process.stdout.write(format(view, makeChalk(options)));
      const failed = options.failOn ? failsOn(result, FAILING[options.failOn]) : false;
      process.exitCode = failed || result.invalid ? 1 : 0;
    });
}
