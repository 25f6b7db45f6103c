import type { ChalkInstance } from 'chalk';
import { formatDate } from '../i18n/format-date.js';
import { agreementHeading } from './agreement-heading.js';
import { type RemindView, recipientLines, reminderTitle, whenLines } from './remind-view.js';
import { terminalSafe } from './sanitize.js';

export function remindText(view: RemindView, chalk: ChalkInstance): string {
  const lines: string[] = [];
  let count = 0;
  for (const entry of view.entries) {
    lines.push(chalk.bold(terminalSafe(agreementHeading(entry, view.entries))));
    if (entry.reminders.length === 0) lines.push(`  ${view.t('remind.none')}`);
    for (const r of entry.reminders) {
      count++;
      const mark =
        r.state === 'overdue' ? chalk.red('✗') : r.kind === 'meeting' ? chalk.cyan('◷') : chalk.yellow('!');
      lines.push(`  ${mark} ${chalk.bold(terminalSafe(reminderTitle(r, view)))}`);
      for (const line of whenLines(r, view)) lines.push(`    ${terminalSafe(line)}`);
      for (const line of recipientLines(r, entry, view)) lines.push(`    ${terminalSafe(line)}`);
      if (r.agenda.length > 0) {
        lines.push(`    ${view.t('remind.agenda')}:`);
        r.agenda.forEach((item, i) => lines.push(`      ${i + 1}. ${terminalSafe(view.render(item))}`));
      }
    }
    lines.push('');
  }
  lines.push(view.t('remind.summary', { n: count, asOf: formatDate(view.asOf, view.lang) }));
  return `${lines.join('\n')}\n`;
}
