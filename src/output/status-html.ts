import type { ObligationState } from '../engine/state.js';
import { formatDate } from '../i18n/format-date.js';
import { textsOf } from '../i18n/index.js';
import { htmlDocument } from './html-document.js';
import { htmlText as h } from './html-escape.js';
import { notes, responsible, type StatusView, summaryLine, validityWords, whenWords } from './status-view.js';

// The colour of a state is backed by a symbol and the state's word: neither colour nor symbol is
// the only carrier of meaning (WCAG 1.4.1), and a mail client that drops colours loses nothing.
const SYMBOL: Record<ObligationState, string> = {
  unrecorded: '?',
  overdue: '✗',
  'due-soon': '!',
  planned: '◷',
  ok: '✓',
  done: '·',
};

/** Status as one HTML document, for e-mail (Outlook) and the browser: one table per agreement. */
export function statusHtml(view: StatusView): string {
  const title = view.t('status.report-title', { asOf: formatDate(view.asOf, view.lang) });
  const out: string[] = [`<h1>${h(title)}</h1>`];
  view.entries.forEach(({ path, status, names, shown, folded }, i) => {
    if (!status) {
      out.push(
        `<h2>${h(path)}</h2>`,
        `<p class="meta">${h(view.t('agreement-state.invalid'))}: ${h(view.t('status.invalid', { path }))}</p>`,
      );
      return;
    }
    out.push(`<h2 id="agreement-${i + 1}">${h(status.title)}</h2>`);
    const state = view.t(`agreement-state.${status.state}`);
    out.push(`<p class="meta">${h(state)} · ${h(validityWords(status, view))}</p>`);
    if (status.obligations.length === 0) {
      out.push(`<p>${h(view.t('status.no-obligations'))}</p>`);
      return;
    }

    if (shown.length > 0) {
      const head = textsOf(view.t, [
        'status.col-state',
        'status.col-what',
        'status.col-deadline',
        'status.col-when',
        'status.col-responsible',
        'status.col-notes',
      ]).map((text) => `<th scope="col">${h(text)}</th>`);
      out.push(
        // A table wider than the screen scrolls inside its wrapper, which keyboard users must be able
        // to reach and scroll too (a named region in the tab order).
        `<div class="wrap" role="region" aria-labelledby="agreement-${i + 1}" tabindex="0">`,
        '<table>',
        `<caption>${h(view.t('html.status-caption'))}</caption>`,
        `<thead><tr>${head.join('')}</tr></thead>`,
        '<tbody>',
      );
      for (const o of shown) {
        const cells = [
          `<td class="state ${o.state}"><span aria-hidden="true">${SYMBOL[o.state]}</span> ${h(view.t(`state.${o.state}`))}</td>`,
          `<td>${h(view.render(o.title))}</td>`,
          `<td>${h(formatDate(o.deadline, view.lang))}</td>`,
          `<td>${h(whenWords(o, view))}</td>`,
          `<td>${h(responsible(o, view, names))}</td>`,
          `<td>${h(notes(o, view, names).join('; '))}</td>`,
        ];
        out.push(`<tr>${cells.join('')}</tr>`);
      }
      out.push('</tbody>', '</table>', '</div>');
    }
    if (folded > 0) out.push(`<p class="meta">${h(view.t('html.done-folded', { n: folded }))}</p>`);
  });
  out.push(`<p class="summary">${h(summaryLine(view))}</p>`);
  return htmlDocument(view.lang, title, out);
}
