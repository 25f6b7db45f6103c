import type { Translate } from '../i18n/message.js';

type T = Translate;

/** "i dag", "om 3 dager", "2 dager over fristen": days left in words. */
export function daysWords(days: number, t: T): string {
  if (days === 0) return t('status.today');
  if (days === 1) return t('status.tomorrow');
  if (days === -1) return t('status.day-over');
  return days < 0 ? t('status.days-over', { n: -days }) : t('status.in-days', { n: days });
}
