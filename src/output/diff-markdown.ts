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
import { markdownText } from './markdown-escape.js';

// `samarbeid diff` for a pull-request comment or a job summary: read in a minute. The counts come
// first; each agreement is a heading with short lists; every text from the data is escaped.

const MARK = { '+': '➕', '-': '➖', '~': '✏️' } as const;

/** Lists longer than this show the first ones and fold the rest (a new agreement brings its whole history). */
export const SHOWN = 10;

/** A list's items, the ones past SHOWN folded into a `<details>` GitHub and GitLab both render. */
function listed(items: readonly string[], more: (n: number) => string): string[] {
  if (items.length <= SHOWN) return [...items, ''];
  const rest = items.slice(SHOWN);
  return [
    ...items.slice(0, SHOWN),
    '',
    '<details>',
    `<summary>${more(rest.length)}</summary>`,
    '',
    ...rest,
    '',
    '</details>',
    '',
  ];
}

export function diffMarkdown(view: DiffView): string {
  const { t, render } = view;
  const { changes } = view.result;
  const more = (n: number) => markdownText(t('diff.more', { n }));
  const out = [`## ${markdownText(headingText(view))}`, ''];
  if (isEmpty(view)) return `${[...out, markdownText(t('diff.nothing'))].join('\n')}\n`;
  out.push(`**${markdownText(summaryText(view))}**`, '');
  for (const a of changes.agreements) {
    const state = a.change === 'changed' ? '' : ` — ${markdownText(t(`diff.agreement-${a.change}`))}`;
    out.push(`### ${markdownText(a.title ?? a.path)} (${markdownText(a.path)})${state}`, '');
    for (const [section, items] of recordLines(a)) {
      out.push(`**${markdownText(t(`diff.section.${section}`))}**`, '');
      out.push(
        ...listed(
          items.map((l) => `- ${MARK[l.sign]} ${markdownText(render(l.message))}`),
          more,
        ),
      );
    }
    if (a.obligations.length > 0) {
      out.push(`**${markdownText(t('diff.section.obligations'))}**`, '');
      const lines = a.obligations.map(
        (o) => `- ${MARK[obligationSign(o)]} ${markdownText(obligationMessage(o, render))}`,
      );
      out.push(...listed(lines, more));
    }
  }
  for (const [section, sign, list] of [
    ['findings-added', '+', changes.findings.added],
    ['findings-resolved', '-', changes.findings.resolved],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`### ${markdownText(t(`diff.section.${section}`))}`, '');
    out.push(
      ...listed(
        list.map((f) => `- ${MARK[sign]} ${markdownText(findingWords(f, render))}`),
        more,
      ),
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
