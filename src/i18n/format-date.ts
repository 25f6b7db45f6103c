import type { CalendarDate } from '../dates.js';
import type { Lang } from './catalogue.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date as people read it: 22.11.2026 in nb and nn, 22 Nov 2026 in en. */
export function formatDate(date: CalendarDate | string, lang: Lang): string {
  const [y, m, d] = date.split('-');
  if (lang === 'en') return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
  return `${d}.${m}.${y}`;
}
