import type { StatusEntry, Summary } from '../app/status.js';
import type { CalendarDate } from '../dates.js';
import type { Obligation } from '../engine/obligation.js';
import type { AgreementStatus } from '../engine/status.js';
import type { Lang } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format-date.js';
import type { PlainId, Translate } from '../i18n/message.js';
import { periodWords } from '../i18n/period-words.js';
import type { Message } from '../model/finding.js';
import type { Names } from '../names/names.js';
import { daysWords } from './days-words.js';
import { responsibleWords } from './responsible.js';

export type { StatusEntry, Summary } from '../app/status.js';

export interface StatusView {
  asOf: CalendarDate;
  entries: readonly StatusEntry[];
  summary: Summary;
  lang: Lang;
  render: (m: Message) => string;
  t: Translate;
}

export function whenWords(o: Obligation, view: StatusView): string {
  if (o.state === 'done' && o.last) return view.t('status.done-on', { date: formatDate(o.last, view.lang) });
  return daysWords(o.daysLeft, view.t);
}

/** What matters for an obligation besides its deadline and who is responsible: planned date, last held, shortfall, missed periods. */
export function notes(o: Obligation, view: StatusView, names?: Names): string[] {
  const out: string[] = [];
  const date = (d: string) => formatDate(d, view.lang);
  if (o.unrecorded) out.push(view.t('status.unrecorded', { date: date(o.unrecorded) }));
  if (o.planned) out.push(view.t('status.planned-on', { date: date(o.planned) }));
  if (o.last && o.state !== 'done') out.push(view.t('status.last', { date: date(o.last) }));
  if (o.remaining !== undefined && o.remaining > 1 && o.state !== 'done')
    out.push(view.t('status.remaining', { n: o.remaining }));
  if (o.missed.length > 0)
    out.push(view.t('status.missed', { periods: o.missed.map((p) => periodWords(p, view.lang)).join(', ') }));
  if (names) for (const word of roleWords(o, view, names)) out.push(word);
  return out;
}

const ROLE_WORDS: Record<string, PlainId> = {
  host: 'role.host',
  leader: 'role.leader',
  deputy: 'role.deputy',
};

/** SPEC section 12: who holds each role, and until when ("vertskap: Kommunane til 31.12.2027"). */
export function roleWords(o: Obligation, view: StatusView, names: Names): string[] {
  return Object.entries(o.roles ?? {}).map(([id, held]) => {
    const role = ROLE_WORDS[id] ? view.t(ROLE_WORDS[id]) : id;
    if (!held) return view.t('status.role-none', { role });
    const holder = names.holder(held.holder);
    return held.until
      ? view.t('status.role-until', { role, holder, until: formatDate(held.until, view.lang) })
      : view.t('status.role', { role, holder });
  });
}

export function validityWords(s: AgreementStatus, view: StatusView): string {
  const from = formatDate(s.from, view.lang);
  return s.until
    ? view.t('status.validity-closed', { from, until: formatDate(s.until, view.lang) })
    : view.t('status.validity-open', { from });
}

export function responsible(o: Obligation, view: StatusView, names: Names): string {
  return responsibleWords(o, names, view.t);
}

/** The line that ends every status: what is overdue, due soon, planned and ok, and what nobody recorded. */
export function summaryLine(view: StatusView): string {
  const s = view.summary;
  const line = view.t('status.summary', { asOf: formatDate(view.asOf, view.lang), ...s });
  return s.unrecorded > 0 ? `${line}${view.t('status.summary-unrecorded', { n: s.unrecorded })}` : line;
}
