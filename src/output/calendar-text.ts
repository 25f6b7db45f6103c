import type { ChalkInstance } from 'chalk';
import { isoWeekday, monthOf, yearOf } from '../dates.js';
import { formatDate } from '../i18n/format-date.js';
import { monthName } from '../i18n/period-words.js';
import type { PlanEvent } from '../plan/year-plan.js';
import { agreementHeading } from './agreement-heading.js';
import {
  type CalendarView,
  eventTitle,
  factLines,
  followUpLines,
  statusWord,
  WEEKDAYS,
} from './calendar-view.js';
import { terminalSafe } from './sanitize.js';

/** A mark per kind and status, so that the listing reads without colour too. */
export function markOf(e: PlanEvent): string {
  if (e.kind === 'notice') return '✉';
  if (e.kind === 'proposed') return '○';
  if (e.kind === 'deadline') return e.status === 'done' ? '✓' : e.status === 'overdue' ? '✗' : '!';
  if (e.status === 'unrecorded') return '?';
  return e.status === 'held' ? '●' : e.status === 'cancelled' ? '⊘' : '◷';
}

/** Month by month, in the spirit of `remind -c`: each day with what falls on it. */
export function calendarText(view: CalendarView, chalk: ChalkInstance): string {
  const lines: string[] = [];
  let count = 0;
  const colour = (e: PlanEvent) =>
    e.status === 'overdue' || e.status === 'unrecorded'
      ? chalk.red
      : e.kind === 'proposed'
        ? chalk.yellow
        : e.status === 'done' || e.status === 'held'
          ? chalk.dim
          : chalk.cyan;
  for (const entry of view.entries) {
    lines.push(chalk.bold(terminalSafe(agreementHeading(entry, view.entries))));
    lines.push(
      view.t('calendar.heading', {
        from: formatDate(view.from, view.lang),
        to: formatDate(view.to, view.lang),
      }),
    );
    if (entry.events.length === 0) lines.push(`  ${view.t('calendar.none')}`);
    let month = '';
    let day = '';
    for (const e of entry.events) {
      count++;
      const m = e.date.slice(0, 7);
      if (m !== month) {
        month = m;
        day = '';
        lines.push('', chalk.bold(`${monthName(monthOf(e.date), view.lang)} ${yearOf(e.date)}`));
      }
      const dayLabel = `${view.t(WEEKDAYS[isoWeekday(e.date) - 1]!)} ${e.date.slice(8, 10)}.${e.date.slice(5, 7)}.`;
      const shown = e.date === day ? ' '.repeat(dayLabel.length) : dayLabel;
      day = e.date;
      const mark = colour(e)(markOf(e));
      lines.push(
        `  ${shown.padEnd(9)} ${mark} ${terminalSafe(eventTitle(e, view))} ${chalk.dim(`(${statusWord(e.status, view)})`)}`,
      );
      const indent = `  ${' '.repeat(11)} `;
      for (const line of factLines(e, entry, view)) lines.push(`${indent}${terminalSafe(line)}`);
      const carried = followUpLines(e, view);
      if (carried.length > 0) {
        lines.push(`${indent}${view.t('calendar.follow-up')}`);
        for (const item of carried) lines.push(`${indent}- ${terminalSafe(item)}`);
      }
    }
    lines.push('');
  }
  lines.push(
    view.t('calendar.summary', {
      n: count,
      from: formatDate(view.from, view.lang),
      to: formatDate(view.to, view.lang),
    }),
  );
  return `${lines.join('\n')}\n`;
}
