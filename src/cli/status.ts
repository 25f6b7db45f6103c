import type { Command } from 'commander';
import { Option } from 'commander';
import type { CalendarDate } from '../dates.js';
import type { ObligationState } from '../engine/state.js';
import { agreementStatus } from '../engine/status.js';
import { render } from '../i18n/index.js';
import type { Workspace } from '../load/workspace.js';
import { namesOf } from '../names/names.js';
import { STATUS_FORMATS, type StatusEntry, type StatusFormat, statusFormatter } from '../output/status.js';
import { type GlobalOptions, makeChalk, parseAsOf, translator } from './context.js';
import { csvOptions } from './csv-options.js';
import { helpFor } from './help-text.js';
import { openFor } from './open.js';

interface StatusOptions extends GlobalOptions {
  asOf?: string;
  format: StatusFormat;
  failOn?: 'overdue' | 'due-soon';
  all?: boolean;
  delimiter?: string;
}

const FAILING: Record<'overdue' | 'due-soon', readonly ObligationState[]> = {
  overdue: ['overdue'],
  'due-soon': ['overdue', 'due-soon'],
};

/** The engine's answer for every agreement; null for one whose files have errors the engine cannot work around. */
export function statusEntries(workspace: Workspace, asOf: CalendarDate): StatusEntry[] {
  return workspace.agreements.map((loaded) => {
    const broken = !loaded.data || loaded.findings.some((f) => f.severity === 'error');
    return {
      path: loaded.display,
      status: broken || !loaded.data ? null : agreementStatus(loaded.data, asOf, workspace.known),
      names: namesOf(loaded.data),
    };
  });
}

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
      const asOf = parseAsOf(options.asOf);
      const { workspace, lang } = await openFor(paths, options);
      const entries = statusEntries(workspace, asOf);
      const view = {
        asOf,
        entries,
        lang,
        all: Boolean(options.all),
        render: (m: Parameters<typeof render>[0]) => render(m, lang),
        t: translator(lang),
      };
      const format = await statusFormatter(options.format, csvOptions(options.delimiter));
      process.stdout.write(format(view, makeChalk(options)));
      const failing = options.failOn ? FAILING[options.failOn] : [];
      const failed = entries.some((e) => e.status?.obligations.some((o) => failing.includes(o.state)));
      process.exitCode = failed || entries.some((e) => e.status === null) ? 1 : 0;
    });
}
