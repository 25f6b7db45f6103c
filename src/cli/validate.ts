import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { applySeverity } from '../config/severity.js';
import { render } from '../i18n/index.js';
import { displayPath } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { FINDINGS_FORMATS, type FindingsFormat, findingsFormatter } from '../output/findings.js';
import { terminalSafe } from '../output/sanitize.js';
import { type GlobalOptions, makeChalk, parseAsOf, translator } from './context.js';
import { helpFor } from './help-text.js';
import { openFor } from './open.js';

interface ValidateOptions extends GlobalOptions {
  asOf?: string;
  format: FindingsFormat;
  strict?: boolean;
  /** false with --no-warnings. */
  warnings?: boolean;
}

/** The files samarbeid read or reported on, absolute: findings show them relative to `cwd`. */
function knownFiles(
  workspace: Workspace,
  findings: readonly Finding[],
  extra: string[],
  cwd: string,
): Set<string> {
  const known = new Set([...findings.map((f) => f.file), ...extra].map((file) => resolve(cwd, file)));
  for (const a of workspace.agreements)
    for (const s of a.sources.values()) known.add(resolve(cwd, s.display));
  return known;
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
      const asOf = parseAsOf(options.asOf);
      const { workspace, config, configFindings, lang, files } = await openFor(paths, options, {
        full: true,
      });
      // Rules place their findings with the YAML parser, which start-up does without.
      const { checkWorkspace } = await import('./check.js');
      const all = checkWorkspace(workspace, asOf);
      const t = translator(lang);
      const cwd = process.cwd();
      if (files) {
        const known = knownFiles(workspace, all, config ? [config.file] : [], cwd);
        for (const file of files)
          if (!known.has(file)) {
            const path = displayPath(file, cwd);
            process.stderr.write(`samarbeid: ${terminalSafe(t('cli.file-not-checked', { path }))}\n`);
          }
      }
      const isNamed = (file: string) => files?.has(resolve(cwd, file)) ?? true;
      const named = all.filter((f) => isNamed(f.file));
      const severity = { strict: options.strict, warnings: options.warnings };
      const findings: Finding[] = [
        ...applySeverity(named, config, severity),
        // The config's own findings, unless only other files were named.
        ...(config && isNamed(config.file) ? applySeverity(configFindings, null, severity) : []),
      ].sort(compareFindings);
      const view = {
        findings,
        agreements: workspace.agreements.length,
        render: (f: Finding) => render(f.message, lang),
        t,
      };
      const format = await findingsFormatter(options.format);
      process.stdout.write(format(view, makeChalk(options)));
      process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
}
