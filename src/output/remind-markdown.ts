import { formatDate } from '../i18n/format-date.js';
import { agreementHeading } from './agreement-heading.js';
import { markdownAddresses, markdownText as md } from './markdown-escape.js';
import { type RemindView, reminderTitle, toList, whenLines, withoutAddress } from './remind-view.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One section per reminder, to paste into an e-mail or a Teams post. */
export function remindMarkdown(view: RemindView): string {
  const out: string[] = [`# ${md(view.t('remind.heading', { asOf: formatDate(view.asOf, view.lang) }))}`, ''];
  for (const entry of view.entries) {
    out.push(`## ${md(agreementHeading(entry, view.entries))}`, '');
    if (entry.reminders.length === 0) out.push(md(view.t('remind.none')), '');
    for (const r of entry.reminders) {
      out.push(`### ${md(reminderTitle(r, view))}`, '');
      for (const line of whenLines(r, view)) out.push(`- ${md(capitalise(line))}`);
      // The To list as text, its brackets escaped: Teams and GitHub show `Name <address>` as
      // written (a code span would show as code), and it copies into Outlook's To field.
      const to = toList(r.recipients);
      if (to) out.push(`- ${md(capitalise(view.t('remind.to')))}: ${markdownAddresses(to)}`);
      const rest = withoutAddress(r.recipients, entry);
      if (rest) out.push(`- ${md(capitalise(view.t('remind.no-address')))}: ${md(rest)}`);
      if (r.agenda.length > 0) {
        out.push('', `**${md(capitalise(view.t('remind.agenda')))}**`, '');
        r.agenda.forEach((item, i) => out.push(`${i + 1}. ${md(view.render(item))}`));
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
