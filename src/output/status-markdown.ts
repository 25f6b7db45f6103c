import type { ObligationState } from '../engine/state.js';
import { formatDate } from '../i18n/format-date.js';
import { markdownText } from './markdown-escape.js';
import { notes, responsible, type StatusView, summaryLine, validityWords, whenWords } from './status-view.js';

const EMOJI: Record<ObligationState, string> = {
  unrecorded: '🟣',
  overdue: '🔴',
  'due-soon': '🟡',
  planned: '🔵',
  ok: '🟢',
  done: '✔️',
};

export function statusMarkdown(view: StatusView): string {
  const md = markdownText;
  const out: string[] = [
    `# ${md(view.t('status.report-title', { asOf: formatDate(view.asOf, view.lang) }))}`,
    '',
  ];
  for (const { path, status, names, shown, folded } of view.entries) {
    if (!status) {
      out.push(`## ${md(path)}`, '', md(view.t('status.invalid', { path })), '');
      continue;
    }
    out.push(`## ${md(status.title)}`, '');
    out.push(
      `${md(status.id)} · ${md(view.t(`agreement-state.${status.state}`))} · ${md(validityWords(status, view))}`,
      '',
    );

    if (status.obligations.length === 0) {
      out.push(md(view.t('status.no-obligations')), '');
      continue;
    }
    const head = (
      ['col-state', 'col-what', 'col-responsible', 'col-deadline', 'col-when', 'col-notes'] as const
    ).map((c) => view.t(`status.${c}`));
    out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const o of shown) {
      const cells = [
        `${EMOJI[o.state]} ${md(view.t(`state.${o.state}`))}`,
        md(view.render(o.title)),
        md(responsible(o, view, names)),
        md(formatDate(o.deadline, view.lang)),
        md(whenWords(o, view)),
        md(notes(o, view, names).join('; ')),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    if (folded > 0) out.push('', `_${md(view.t('status.done-not-shown', { n: folded }))}_`);
    out.push('');
  }
  out.push(`**${md(summaryLine(view))}**`);
  return `${out.join('\n')}\n`;
}
