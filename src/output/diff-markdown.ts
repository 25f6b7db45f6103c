import {
  type DiffView,
  findingWords,
  headingText,
  isEmpty,
  obligationMessage,
  obligationSign,
  recordLines,
  summaryText,
} from './diff-lines.js';
import { markdownCode, markdownText } from './markdown-escape.js';

// `samarbeid diff` for a pull-request comment or a job summary: read in a minute. The counts come
// first; each agreement is a heading with short lists; every text from the data is escaped.

const MARK = { '+': '➕', '-': '➖', '~': '✏️' } as const;

export function diffMarkdown(view: DiffView): string {
  const { t, render } = view;
  const { changes } = view.result;
  const out = [`## ${markdownText(headingText(view))}`, ''];
  if (isEmpty(view)) return `${[...out, markdownText(t('diff.nothing'))].join('\n')}\n`;
  out.push(`**${markdownText(summaryText(view))}**`, '');
  for (const a of changes.agreements) {
    const state = a.change === 'changed' ? '' : ` — ${markdownText(t(`diff.agreement-${a.change}`))}`;
    out.push(`### ${markdownText(a.title ?? a.path)} (${markdownCode(a.path)})${state}`, '');
    for (const [section, items] of recordLines(a)) {
      out.push(`**${markdownText(t(`diff.section.${section}`))}**`, '');
      for (const l of items) out.push(`- ${MARK[l.sign]} ${markdownText(render(l.message))}`);
      out.push('');
    }
    if (a.obligations.length > 0) {
      out.push(`**${markdownText(t('diff.section.obligations'))}**`, '');
      for (const o of a.obligations)
        out.push(`- ${MARK[obligationSign(o)]} ${markdownText(obligationMessage(o, render))}`);
      out.push('');
    }
  }
  for (const [section, sign, list] of [
    ['findings-added', '+', changes.findings.added],
    ['findings-resolved', '-', changes.findings.resolved],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`### ${markdownText(t(`diff.section.${section}`))}`, '');
    for (const f of list) out.push(`- ${MARK[sign]} ${markdownText(findingWords(f, render))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
