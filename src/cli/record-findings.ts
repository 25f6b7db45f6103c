import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import { terminalSafe } from '../output/sanitize.js';
import { translator } from './context.js';

/**
 * Findings of a refused change. In a file the change would have written there is no line to point
 * at on disk, so such a finding names the file and says it is in the change.
 */
export function refusalText(
  findings: readonly Finding[],
  changed: readonly string[],
  lang: Lang,
  chalk: ChalkInstance,
): string {
  const t = translator(lang);
  return findings
    .map((f) => {
      const where = changed.includes(f.file)
        ? `${f.file} (${t('edit.in-the-change')})`
        : `${f.file}:${f.line}:${f.column}`;
      const severity = f.severity === 'error' ? chalk.red(t('word.error')) : chalk.yellow(t('word.warning'));
      return `${chalk.bold(terminalSafe(where))} ${severity} ${chalk.dim(`[${f.rule}]`)} ${terminalSafe(render(f.message, lang))}\n`;
    })
    .join('');
}
