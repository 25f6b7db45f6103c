import type { CalendarEntry } from '../app/calendar.js';
import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format-date.js';
import type { PlainId, Translate } from '../i18n/message.js';
import type { Message } from '../model/finding.js';
import type { Names } from '../names/names.js';
import type { PlanEvent, PlanStatus } from '../plan/year-plan.js';
import { meetingAtLines } from './meeting-at-words.js';
import { skippedLines } from './skipped-words.js';

export interface CalendarView {
  asOf: CalendarDate;
  from: CalendarDate;
  to: CalendarDate;
  entries: readonly CalendarEntry[];
  lang: Lang;
  /** --explain: the days a date skipped, and why. */
  explain: boolean;
  render: (m: Message) => string;
  t: Translate;
}

const STATUS: Record<PlanStatus, PlainId> = {
  held: 'calendar.status.held',
  planned: 'calendar.status.planned',
  unrecorded: 'calendar.status.unrecorded',
  cancelled: 'calendar.status.cancelled',
  proposed: 'calendar.status.proposed',
  open: 'calendar.status.open',
  done: 'calendar.status.done',
  overdue: 'calendar.status.overdue',
};

export const statusWord = (status: PlanStatus, view: CalendarView) => view.t(STATUS[status]);

export const WEEKDAYS = [
  'calendar.wd1',
  'calendar.wd2',
  'calendar.wd3',
  'calendar.wd4',
  'calendar.wd5',
  'calendar.wd6',
  'calendar.wd7',
] as const;

export const eventTitle = (e: PlanEvent, view: CalendarView) => view.render(e.title);

/**
 * The facts of an event as lines, in absolute dates only: a calendar keeps its text for months,
 * so nothing says "in 12 days" or "145 days overdue" (SPEC section 9).
 */
export function factLines(e: PlanEvent, entry: CalendarEntry, view: CalendarView): string[] {
  const date = (d: string) => formatDate(d, view.lang);
  const out: string[] = meetingAtLines(e.at, view.t);
  if (e.kind === 'notice' && e.deadline) out.push(view.t('calendar.meeting-on', { date: date(e.deadline) }));
  else if (e.deadline && e.kind === 'proposed' && e.date > e.deadline)
    out.push(view.t('calendar.proposed-late', { date: date(e.date), deadline: date(e.deadline) }));
  else if (e.deadline && e.kind === 'deadline' && e.date !== e.deadline)
    out.push(view.t('calendar.deadline-moved', { date: date(e.deadline), shown: date(e.date) }));
  else if (e.deadline) out.push(view.t('calendar.deadline', { date: date(e.deadline) }));
  if (e.doneOn) out.push(view.t('calendar.done-on', { date: date(e.doneOn) }));
  if (e.host) out.push(view.t('calendar.host', { party: entry.names.holder(e.host) }));
  if (view.explain) for (const line of skippedLines(e.skipped, view)) out.push(line);
  return out;
}

/**
 * What a planned or proposed meeting carries forward (SPEC section 10), as agenda items in the
 * words of remind's draft agenda; empty for every other event and when nothing is carried.
 */
export function followUpLines(e: PlanEvent, view: CalendarView): string[] {
  return (e.followUp?.items ?? []).map(view.render);
}

export type { CalendarEntry } from '../app/calendar.js';
