import type { Command } from 'commander';
import { Option } from 'commander';
import { validateOf } from '../app/validate.js';
import { render } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { FINDINGS_FORMATS, type FindingsFormat, findingsFormatter } from '../output/findings.js';
import { terminalSafe } from '../output/sanitize.js';
import { type GlobalOptions, makeChalk, translator } from './context.js';
import { helpFor } from './help-text.js';
import { openFor } from './open.js';
import { specFrom } from './spec.js';

interface ValidateOptions extends GlobalOptions {
  asOf?: string;
  format: FindingsFormat;
  strict?: boolean;
  /** false with --no-warnings. */
  warnings?: boolean;
}

export function registerValidate(program: Command): void {
  const help = helpFor(program);
  program
    .command('validate')
    .description(help.t('help.validate.description'))
    .argument('[paths...]', help.t('help.validate.paths'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format')).choices(FINDINGS_FORMATS).default('text'),
    )
    .option('--strict', help.t('help.validate.strict'))
    .option('--no-warnings', help.t('help.validate.no-warnings'))
    .addHelpText(
      'after',
      () =>
        `${help.examples([
          ['samarbeid validate data'],
          ['samarbeid validate data --format github', 'help.validate.example.github'],
          ['samarbeid validate . --strict --format json', 'help.validate.example.strict'],
          ['samarbeid validate data/buskerud-2024/meetings/2026.yaml', 'help.validate.example.file'],
          ['samarbeid validate --format gitlab > codequality.json', 'help.validate.example.gitlab'],
          ['samarbeid validate data --format sarif > samarbeid.sarif', 'help.validate.example.sarif'],
        ])}\n${help.exitCodes('help.validate.exit-codes')}`,
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ValidateOptions>();
      const spec = specFrom(options);
      const opened = await openFor(paths, options, { full: true });
      const { lang } = opened;
      const t = translator(lang);
      const result = await validateOf(opened, spec, { strict: options.strict, warnings: options.warnings });
      for (const path of result.notChecked)
        process.stderr.write(`samarbeid: ${terminalSafe(t('cli.file-not-checked', { path }))}\n`);
      const { findings } = result;
      const view = {
        findings,
        agreements: result.agreements,
        render: (f: Finding) => render(f.message, lang),
        t,
      };
      const format = await findingsFormatter(options.format);
      process.stdout.write(format(view, makeChalk(options)));
      process.exitCode = result.failed ? 1 : 0;
    });
}
