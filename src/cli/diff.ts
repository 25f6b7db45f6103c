import type { Command } from 'commander';
import { Option } from 'commander';
import { DIFF_FORMATS, type DiffFormat } from '../output/diff-formats.js';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';

export interface DiffOptions extends GlobalOptions {
  asOf?: string;
  format: DiffFormat;
}

/** How many operands followed `--`: those are paths whatever they name (SPEC section 15). */
function afterDash(command: Command, operands: number): number {
  // Commander keeps the words as given (`rawArgs`, untyped) but hands `--`'s operands over with the rest.
  const raw = (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? [];
  const at = raw.indexOf('--', raw.indexOf('diff') + 1);
  return at < 0 ? 0 : Math.min(operands, raw.length - at - 1);
}

// git, the loader, the engine and the formats are loaded only when the command runs.
export function registerDiff(program: Command): void {
  const help = helpFor(program);
  program
    .command('diff')
    .description(help.t('help.diff.description'))
    .argument('[revisions-and-paths...]', help.t('help.diff.arguments'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format')).choices(DIFF_FORMATS).default('text'),
    )
    .addHelpText(
      'after',
      () =>
        `${help.examples([
          ['samarbeid diff', 'help.diff.example.default'],
          [
            'samarbeid diff origin/main HEAD data/buskerud-2024 --format markdown',
            'help.diff.example.markdown',
          ],
          ['samarbeid diff HEAD~1 -- data', 'help.diff.example.dash'],
        ])}\n${help.exitCodes('help.diff.exit-codes')}`,
    )
    .action(async (args: string[], _options: unknown, command: Command) => {
      const { runDiff } = await import('./diff-run.js');
      await runDiff(args, afterDash(command, args.length), command.optsWithGlobals<DiffOptions>());
    });
}
