import type { RemindEntry } from '../app/remind.js';
import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format-date.js';
import type { Translate } from '../i18n/message.js';
import type { Message } from '../model/finding.js';
import type { Recipient, Reminder } from '../remind/reminder.js';
import { daysWords } from './days-words.js';
import { meetingAtLines } from './meeting-at-words.js';
import { skippedLines } from './skipped-words.js';

export interface RemindView {
  asOf: CalendarDate;
  entries: readonly RemindEntry[];
  lang: Lang;
  render: (m: Message) => string;
  t: Translate;
  /** --explain: the days the suggested date skipped, and why. */
  explain?: boolean;
}

export function reminderTitle(r: Reminder, view: RemindView): string {
  return r.kind === 'deadline' ? deadlineTitle(r.title, view) : view.render(r.title);
}

/**
 * "Frist for tiltak: …", "Frist for oppfølgingspunkt: …", "Frist for møte: …" (a title with its own
 * label takes no second one), else "Frist: " before the title.
 */
export function deadlineTitle(title: Message, view: Pick<RemindView, 'render' | 't'>): string {
  if (title.id === 'obligation.measure')
    return view.render({ id: 'remind.deadline-measure', params: title.params } as Message);
  if (title.id === 'obligation.action')
    return view.render({ id: 'remind.deadline-action', params: title.params } as Message);
  if (title.id === 'obligation.meeting')
    return view.render({ id: 'remind.deadline-meeting', params: title.params } as Message);
  return view.t('remind.deadline', { title: view.render(title) });
}

/** One recipient in words, for the HTML list: name (role), party, and the address if any. */
export function recipientWords(p: Recipient, entry: RemindEntry): string {
  const who = p.name ? `${p.name} (${p.role})` : p.role;
  const party = entry.names.party(p.party);
  return p.email ? `${who}, ${party} <${p.email}>` : `${who}, ${party}`;
}

// RFC 5322 specials: a display name with one of them is quoted, so that Outlook and other mail
// programs read "Rådgiver, Opplæring" <x@y.no> as one recipient, not two.
const SPECIALS = /[()<>[\]:;@\\,"]/;
const displayName = (name: string) =>
  SPECIALS.test(name) ? `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"` : name;

/**
 * The recipients with an address as one line to paste into Outlook's To field: names (else roles)
 * and addresses, `Ola Hansen <ola.hansen@nav.no>; Kari Nordmann <kari@x.no>`.
 */
export function toList(recipients: readonly Recipient[]): string {
  return recipients
    .filter((p) => p.email)
    .map((p) => `${displayName(p.name ?? p.role)} <${p.email}>`)
    .join('; ');
}

/** Those without an address, to be told another way: name and role (else role), and party. */
export function withoutAddress(recipients: readonly Recipient[], entry: RemindEntry): string {
  return recipients
    .filter((p) => !p.email)
    .map((p) => `${p.name ? `${p.name} (${p.role})` : p.role}, ${entry.names.party(p.party)}`)
    .join('; ');
}

/**
 * The facts of a reminder as lines: when, the suggested date, and nothing else. `absolute` leaves
 * out "in 12 days" and "145 days overdue": a calendar keeps the text long after it was written.
 */
export function whenLines(r: Reminder, view: RemindView, absolute = false): string[] {
  const date = (d: string) => formatDate(d, view.lang);
  const out: string[] = [];
  if (r.date) out.push(view.t('remind.meeting-on', { date: date(r.date) }), ...meetingAtLines(r.at, view.t));
  if (r.deadline && absolute) out.push(view.t('calendar.deadline', { date: date(r.deadline) }));
  else if (r.deadline)
    out.push(
      view.t('remind.due', {
        date: date(r.deadline),
        when: daysWords(r.daysLeft ?? 0, view.t),
      }),
    );
  if (r.suggested) {
    out.push(
      r.suggestedAfterDeadline && r.deadline
        ? view.t('remind.suggested-late', { date: date(r.suggested), deadline: date(r.deadline) })
        : view.t('remind.suggested', { date: date(r.suggested) }),
    );
    if (view.explain) for (const line of skippedLines(r.skipped ?? [], view)) out.push(line);
  }
  return out;
}

/** "til: Ola Hansen <ola@x.no>; …" and "uten e-postadresse: …", each only when it has someone. */
export function recipientLines(r: Reminder, entry: RemindEntry, view: RemindView): string[] {
  const to = toList(r.recipients);
  const rest = withoutAddress(r.recipients, entry);
  return [
    ...(to ? [`${view.t('remind.to')}: ${to}`] : []),
    ...(rest ? [`${view.t('remind.no-address')}: ${rest}`] : []),
  ];
}

export type { RemindEntry } from '../app/remind.js';
