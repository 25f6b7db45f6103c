import type { Command } from 'commander';
import { Option } from 'commander';
import { render } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { FINDINGS_FORMATS, type FindingsFormat, findingsFormatters } from '../output/findings.js';
import { type GlobalOptions, makeChalk, parseAsOf, pickLang, translator } from './context.js';
import { openWorkspace } from './load.js';

interface ValidateOptions extends GlobalOptions {
  asOf?: string;
  format: FindingsFormat;
  strict?: boolean;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check agreement folders against their schemas and the rules of the agreement')
    .argument('[paths...]', 'agreement folders or workspaces', [])
    .option('--as-of <date>', 'check as of this date (YYYY-MM-DD); default: today in Europe/Oslo')
    .addOption(new Option('--format <format>', 'output format').choices(FINDINGS_FORMATS).default('text'))
    .option('--strict', 'treat warnings as errors')
    .addHelpText(
      'after',
      `
Examples:
  samarbeid validate data
  samarbeid validate data --format github        # annotations in GitHub Actions
  samarbeid validate . --strict --format json    # warnings fail too; machine-readable

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage error or no agreement found.`,
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
