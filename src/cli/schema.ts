import { join } from 'node:path';
import type { Command } from 'commander';
import { type GlobalOptions, pickLang, translator, writing } from './context.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print or write the JSON Schemas of the data files, for editor completion')
    .option('--out <dir>', 'write one <kind>.schema.json per file kind into this folder')
    .addHelpText(
      'after',
      `
Examples:
  samarbeid schema --out schemas
  samarbeid schema > all-schemas.json

Then start a data file with a line such as
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
