import type { Command } from 'commander';
import { Option } from 'commander';
import { LANGS, type Lang } from '../i18n/catalogue.js';
import type { GlobalOptions } from './context.js';

export interface InitOptions extends GlobalOptions {
  id?: string;
  title?: string;
  party: string[];
  language: Lang;
  from?: string;
  example?: boolean;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new agreement folder (never overwrites anything)')
    .argument('[dir]', 'the new agreement folder', '.')
    .option('--id <id>', 'agreement id (default: the folder name)')
    .option('--title <title>', 'the title of the agreement')
    .option('--party <id=Name>', 'a party; give two or more', (v: string, all: string[]) => [...all, v], [])
    .addOption(new Option('--language <lang>', 'language of the agreement').choices(LANGS).default('nb'))
    .option('--from <date>', 'valid from (default: today)')
    .option('--example', 'copy the Buskerud example agreement instead')
    .addHelpText(
      'after',
      `
Examples:
  samarbeid init agreements/vestfold-2026 --title "Samarbeidsavtale mellom Nav Vestfold og Telemark og Vestfold fylkeskommune" \\
    --party nav-vt="Nav Vestfold og Telemark" --party vestfold-fk="Vestfold fylkeskommune"
  samarbeid init try-it --example`,
    )
    .action(async (dirArg: string, _o: unknown, command: Command) => {
      // Checking the new folder needs the YAML parser and zod, which start-up does without.
      const { runInit } = await import('./init-run.js');
      runInit(dirArg, command.optsWithGlobals<InitOptions>());
    });
}
