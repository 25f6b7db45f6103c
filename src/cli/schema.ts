import type { Command } from 'commander';
import type { GlobalOptions } from './context.js';
import { helpFor } from './help-text.js';
import type { SchemaOptions } from './schema-run.js';

export function registerSchema(program: Command): void {
  const help = helpFor(program);
  program
    .command('schema')
    .description(help.t('help.schema.description'))
    .option('--write [dir]', help.t('help.schema.write'))
    .option('--out <dir>', help.t('help.schema.out'))
    .option('--dry-run', help.t('help.schema.dry-run'))
    .addHelpText(
      'after',
      () =>
        `${help.examples([
          ['samarbeid schema --write', 'help.schema.write.example'],
          ['samarbeid schema --write avtaler --dry-run'],
          ['samarbeid schema --out schemas'],
          ['samarbeid schema > alle-skjemaer.json'],
        ])}

${help.t('help.schema.then')}
  # yaml-language-server: $schema=../.samarbeid/schemas/agreement.schema.json`,
    )
    .action(async (_options: unknown, command: Command) => {
      // zod's JSON Schema writer, the descriptions and the editing code are loaded only here.
      const { runSchema } = await import('./schema-run.js');
      await runSchema(command.optsWithGlobals<GlobalOptions & SchemaOptions>());
    });
}
