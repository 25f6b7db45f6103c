import type { ChalkInstance } from 'chalk';
import type { Translate } from '../i18n/message.js';
import type { Finding } from '../model/finding.js';
import { terminalSafe } from './sanitize.js';

export interface FindingsView {
  findings: readonly Finding[];
  agreements: number;
  render: (f: Finding) => string;
  t: Translate;
}

export function findingsText(view: FindingsView, chalk: ChalkInstance): string {
  const lines = view.findings.map((f) => {
    const where = chalk.bold(terminalSafe(`${f.file}:${f.line}:${f.column}`));
    const severity =
      f.severity === 'error' ? chalk.red(view.t('word.error')) : chalk.yellow(view.t('word.warning'));
    return `${where} ${severity} ${chalk.dim(`[${f.rule}]`)} ${terminalSafe(view.render(f))}`;
  });
  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.length - errors;
  const summary = view.t(view.findings.length === 0 ? 'validate.clean' : 'validate.summary', {
    agreements: view.agreements,
    errors,
    warnings,
  });
  lines.push(errors > 0 ? chalk.red(summary) : warnings > 0 ? chalk.yellow(summary) : chalk.green(summary));
  return `${lines.join('\n')}\n`;
}
