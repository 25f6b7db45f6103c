import { type CalendarDate, daysBetween } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format-date.js';
import type { Message } from '../model/finding.js';
import type { Names } from '../names/names.js';
import type { Recipient, Reminder } from '../remind/reminder.js';
import { daysWords } from './days-words.js';

export interface RemindEntry {
  id: string;
  title: string;
  reminders: Reminder[];
  /** Days before the event that the calendar alarm fires: the agreement's remindDaysBefore. */
  alarmDays: number;
  names: Names;
}

export interface RemindView {
  asOf: CalendarDate;
  entries: readonly RemindEntry[];
  lang: Lang;
  render: (m: Message) => string;
  t: (id: string, params?: Record<string, string | number>) => string;
}

export function reminderTitle(r: Reminder, view: RemindView): string {
  const title = view.render(r.title);
  return r.kind === 'deadline' ? view.t('remind.deadline', { title }) : title;
}

export function recipientWords(p: Recipient, entry: RemindEntry): string {
  const who = p.name ? `${p.name} (${p.role})` : p.role;
  const party = entry.names.party(p.party);
  return p.email ? `${who}, ${party} <${p.email}>` : `${who}, ${party}`;
}

/** The facts of a reminder as lines: when, the suggested date, and nothing else. */
export function whenLines(r: Reminder, view: RemindView): string[] {
  const date = (d: string) => formatDate(d, view.lang);
  const out: string[] = [];
  if (r.date) out.push(view.t('remind.meeting-on', { date: date(r.date) }));
  if (r.deadline)
    out.push(
      view.t('remind.due', {
        date: date(r.deadline),
        when: daysWords(daysBetween(view.asOf, r.deadline), view.t),
      }),
    );
  if (r.suggested) {
    out.push(
      r.suggestedAfterDeadline && r.deadline
        ? view.t('remind.suggested-late', { date: date(r.suggested), deadline: date(r.deadline) })
        : view.t('remind.suggested', { date: date(r.suggested) }),
    );
  }
  return out;
}
