import { join } from 'node:path';
import type { Command } from 'commander';
import { type GlobalOptions, pickLang, translator, writing } from './context.js';
import { helpFor } from './help-text.js';

export function registerSchema(program: Command): void {
  const help = helpFor(program);
  program
    .command('schema')
    .description(help.t('help.schema.description'))
    .option('--out <dir>', help.t('help.schema.out'))
    .addHelpText(
      'after',
      `${help.examples([['samarbeid schema --out schemas'], ['samarbeid schema > alle-skjemaer.json']])}

${help.t('help.schema.then')}
  # yaml-language-server: $schema=../schemas/agreement.schema.json`,
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { out?: string }>();
      // zod's JSON Schema writer is loaded only here.
      const { jsonSchemas } = await import('../model/json-schema.js');
      const { writeFileSafely } = await import('../edit/write-file.js');
      const schemas = jsonSchemas();
      if (!options.out) {
        const all = Object.fromEntries(schemas.map((s) => [s.name, JSON.parse(s.text)]));
        process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
        return;
      }
      const t = translator(pickLang(options.lang, []));
      for (const { name, text } of schemas) {
        const path = join(options.out, name);
        writing(path, () => writeFileSafely(path, text));
        process.stderr.write(`${t('cli.wrote', { path })}\n`);
      }
    });
}
