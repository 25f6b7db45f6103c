import type { Command } from 'commander';
import { Option } from 'commander';
import { render } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { FINDINGS_FORMATS, type FindingsFormat, findingsFormatters } from '../output/findings.js';
import { type GlobalOptions, makeChalk, parseAsOf, pickLang, translator } from './context.js';
import { helpFor } from './help-text.js';
import { openWorkspace } from './load.js';

interface ValidateOptions extends GlobalOptions {
  asOf?: string;
  format: FindingsFormat;
  strict?: boolean;
}

export function registerValidate(program: Command): void {
  const help = helpFor(program);
  program
    .command('validate')
    .description(help.t('help.validate.description'))
    .argument('[paths...]', help.t('help.arg.paths'), [])
    .option('--as-of <date>', help.t('help.option.as-of'))
    .addOption(
      new Option('--format <format>', help.t('help.option.format')).choices(FINDINGS_FORMATS).default('text'),
    )
    .option('--strict', help.t('help.validate.strict'))
    .addHelpText(
      'after',
      `${help.examples([
        ['samarbeid validate data'],
        ['samarbeid validate data --format github', 'help.validate.example.github'],
        ['samarbeid validate . --strict --format json', 'help.validate.example.strict'],
      ])}\n${help.exitCodes('help.validate.exit-codes')}`,
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ValidateOptions>();
      const asOf = parseAsOf(options.asOf);
      const workspace = await openWorkspace(paths, { cache: options.cache });
      // Rules place their findings with the YAML parser, which start-up does without.
      const { checkWorkspace } = await import('./check.js');
      const lang = pickLang(
        options.lang,
        workspace.agreements.map((a) => a.data?.agreement.language),
      );
      const findings: Finding[] = checkWorkspace(workspace, asOf).map((f) =>
        options.strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f,
      );
      const view = {
        findings,
        agreements: workspace.agreements.length,
        render: (f: Finding) => render(f.message, lang),
        t: translator(lang),
      };
      process.stdout.write(findingsFormatters[options.format](view, makeChalk(options)));
      process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
}
