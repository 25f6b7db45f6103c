import { monthOf, yearOf } from '../dates.js';
import { formatDate } from '../i18n/format-date.js';
import { monthName } from '../i18n/period-words.js';
import { agreementHeading } from './agreement-heading.js';
import { markOf } from './calendar-text.js';
import { type CalendarView, eventTitle, factLines, followUpLines, statusWord } from './calendar-view.js';
import { markdownText } from './markdown-escape.js';

/** The year plan as Markdown: a table per month, for e-mail, Teams or a wiki. */
export function calendarMarkdown(view: CalendarView): string {
  const md = markdownText;
  const cell = (text: string) => md(text).replace(/\|/g, '\\|');
  const out: string[] = [];
  for (const entry of view.entries) {
    out.push(`# ${md(agreementHeading(entry, view.entries))}`, '');
    out.push(
      md(
        view.t('calendar.heading', {
          from: formatDate(view.from, view.lang),
          to: formatDate(view.to, view.lang),
        }),
      ),
      '',
    );
    if (entry.events.length === 0) out.push(md(view.t('calendar.none')), '');
    let month = '';
    for (const e of entry.events) {
      const m = e.date.slice(0, 7);
      if (m !== month) {
        if (month) out.push('');
        month = m;
        out.push(`## ${md(`${monthName(monthOf(e.date), view.lang)} ${yearOf(e.date)}`)}`, '');
        out.push(
          `| ${view.t('calendar.col.date')} | ${view.t('calendar.col.what')} | ${view.t('calendar.col.status')} | ${view.t('calendar.col.note')} |`,
          '| --- | --- | --- | --- |',
        );
      }
      // A cell holds no list: the follow-up goes under a heading line, one item a line.
      const carried = followUpLines(e, view);
      const note = [
        ...factLines(e, entry, view).map(cell),
        ...(carried.length > 0 ? [cell(view.t('calendar.follow-up'))] : []),
        ...carried.map((item) => `- ${cell(item)}`),
      ];
      out.push(
        `| ${formatDate(e.date, view.lang)} | ${markOf(e)} ${cell(eventTitle(e, view))} | ${cell(statusWord(e.status, view))} | ${note.join('<br>')} |`,
      );
    }
    out.push('');
  }
  out.push(md(view.t('calendar.as-of', { date: formatDate(view.asOf, view.lang) })), '');
  return out.join('\n');
}
