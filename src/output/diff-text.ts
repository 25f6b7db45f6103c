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
import { terminalSafe } from './sanitize.js';

// `samarbeid diff` on a terminal: per agreement what was recorded, then its obligations, then
// the findings added and resolved, then one line of counts.

export function diffText(view: DiffView): string {
  const { t, render } = view;
  const { changes } = view.result;
  const lines = [terminalSafe(headingText(view)), ''];
  if (isEmpty(view)) return `${[...lines, t('diff.nothing')].join('\n')}\n`;
  for (const a of changes.agreements) {
    const state = a.change === 'changed' ? [] : [t(`diff.agreement-${a.change}`)];
    lines.push(terminalSafe([a.title ?? a.path, a.path, ...state].join(' · ')));
    for (const [section, items] of recordLines(a)) {
      lines.push(`  ${t(`diff.section.${section}`)}`);
      for (const l of items) lines.push(`    ${l.sign} ${terminalSafe(render(l.message))}`);
    }
    if (a.obligations.length > 0) {
      lines.push(`  ${t('diff.section.obligations')}`);
      for (const o of a.obligations)
        lines.push(`    ${obligationSign(o)} ${terminalSafe(obligationMessage(o, render))}`);
    }
    lines.push('');
  }
  for (const [section, sign, list] of [
    ['findings-added', '+', changes.findings.added],
    ['findings-resolved', '-', changes.findings.resolved],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(t(`diff.section.${section}`));
    for (const f of list) lines.push(`  ${sign} ${terminalSafe(findingWords(f, render))}`);
    lines.push('');
  }
  lines.push(summaryText(view));
  return `${lines.join('\n')}\n`;
}
