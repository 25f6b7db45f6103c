import type { ChalkInstance } from 'chalk';
import type { ObligationState } from '../engine/state.js';
import { formatDate } from '../i18n/format-date.js';
import { terminalSafe } from './sanitize.js';
import { notes, responsible, type StatusView, summaryLine, validityWords, whenWords } from './status-view.js';

const SYMBOL: Record<ObligationState, string> = {
  unrecorded: '?',
  overdue: '✗',
  'due-soon': '!',
  planned: '◷',
  ok: '✓',
  done: '·',
};

export function statusText(view: StatusView, chalk: ChalkInstance): string {
  const colour: Record<ObligationState, (s: string) => string> = {
    unrecorded: chalk.magenta,
    overdue: chalk.red,
    'due-soon': chalk.yellow,
    planned: chalk.cyan,
    ok: chalk.green,
    done: chalk.dim,
  };
  // The column is as wide as the usual states' words; "ikke registrert" widens it only when shown.
  const unrecorded = view.entries.some((e) => e.shown.some((o) => o.state === 'unrecorded'));
  const states: ObligationState[] = [
    'overdue',
    'due-soon',
    'planned',
    'ok',
    'done',
    ...(unrecorded ? (['unrecorded'] as const) : []),
  ];
  const width = Math.max(...states.map((s) => view.t(`state.${s}`).length));
  const lines: string[] = [];
  for (const { path, status, names, shown, folded } of view.entries) {
    if (!status) {
      lines.push(
        chalk.bold(terminalSafe(path)),
        `  ${chalk.red(view.t('agreement-state.invalid'))}: ${terminalSafe(view.t('status.invalid', { path }))}`,
        '',
      );
      continue;
    }
    lines.push(chalk.bold(terminalSafe(status.title)));
    const state = view.t(`agreement-state.${status.state}`);
    // The folder is said where it is not the id already said (`status buskerud-2024` run beside it).
    const where = path === status.id ? [] : [path];
    lines.push(
      chalk.dim(terminalSafe([status.id, state, validityWords(status, view), ...where].join(' · '))),
    );

    if (status.obligations.length === 0) lines.push(`  ${view.t('status.no-obligations')}`);
    for (const o of shown) {
      const paint = colour[o.state];
      const label = paint(`${SYMBOL[o.state]} ${view.t(`state.${o.state}`).padEnd(width)}`);
      lines.push(`  ${label} ${terminalSafe(view.render(o.title))}`);
      const detail = [
        view.t('status.deadline', { date: formatDate(o.deadline, view.lang) }),
        whenWords(o, view),
        view.t('status.responsible', { who: responsible(o, view, names) }),
        ...notes(o, view, names),
      ];
      lines.push(`  ${' '.repeat(width + 2)} ${chalk.dim(terminalSafe(detail.join(' · ')))}`);
    }
    if (folded > 0) lines.push(chalk.dim(`  ${view.t('status.done-folded', { n: folded })}`));
    lines.push('');
  }
  lines.push(summaryLine(view));
  return `${lines.join('\n')}\n`;
}
