import { formatDate } from '../i18n/format-date.js';
import { agreementHeading } from './agreement-heading.js';
import { htmlDocument } from './html-document.js';
import { htmlText as h } from './html-escape.js';
import { type RemindView, recipientWords, reminderTitle, whenLines } from './remind-view.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Reminders as one HTML document, to paste into an e-mail: one section per reminder. */
export function remindHtml(view: RemindView): string {
  const title = view.t('remind.heading', { asOf: formatDate(view.asOf, view.lang) });
  const out: string[] = [`<h1>${h(title)}</h1>`];
  let count = 0;
  for (const entry of view.entries) {
    out.push(`<h2>${h(agreementHeading(entry, view.entries))}</h2>`);
    if (entry.reminders.length === 0) out.push(`<p>${h(view.t('remind.none'))}</p>`);
    for (const r of entry.reminders) {
      count++;
      out.push('<section>', `<h3>${h(reminderTitle(r, view))}</h3>`);
      const facts = whenLines(r, view);
      if (facts.length > 0) out.push('<ul>');
      for (const line of facts) out.push(`<li>${h(capitalise(line))}</li>`);
      out.push('</ul>');
      if (r.recipients.length > 0) {
        out.push(
          `<p><strong>${h(capitalise(view.t('remind.to')))}:</strong></p>`,
          '<ul>',
          ...r.recipients.map((p) => `<li>${h(recipientWords(p, entry))}</li>`),
          '</ul>',
        );
      }
      if (r.agenda.length > 0) {
        out.push(
          `<h4>${h(capitalise(view.t('remind.agenda')))}</h4>`,
          '<ol>',
          ...r.agenda.map((item) => `<li>${h(view.render(item))}</li>`),
          '</ol>',
        );
      }
      out.push('</section>');
    }
  }
  const summary = view.t('remind.summary', { n: count, asOf: formatDate(view.asOf, view.lang) });
  out.push(`<p class="summary">${h(summary)}</p>`);
  return htmlDocument(view.lang, title, out);
}
