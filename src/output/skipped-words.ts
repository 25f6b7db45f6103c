import { formatDate } from '../i18n/format-date.js';
import type { Lang } from '../i18n/index.js';
import type { MessageId, PlainId, Translate } from '../i18n/message.js';
import type { Avoidable } from '../model/avoidable.js';
import type { DayOff, Skipped } from '../plan/working-days.js';

const OFF = {
  weekend: 'calendar.off.weekend',
  holiday: 'calendar.off.holiday',
  closed: 'calendar.off.closed',
} as const satisfies Record<Exclude<DayOff['kind'], 'avoid'>, MessageId>;
const AVOID: Record<Avoidable, PlainId> = {
  julaften: 'calendar.off.julaften',
  romjul: 'calendar.off.romjul',
  nyttarsaften: 'calendar.off.nyttarsaften',
  fellesferie: 'calendar.off.fellesferie',
  paskeuka: 'calendar.off.paskeuka',
};

/** Why a day is no working day, in words. */
export function offWords(off: DayOff, t: Translate): string {
  if (off.kind === 'avoid') return t(AVOID[off.name]);
  if (off.kind === 'closed') return t(OFF.closed, { range: off.range });
  return t(OFF[off.kind]);
}

/** "hoppet over 24.12.2026: julaften", days in a row for one reason as one span. */
export function skippedLines(skipped: readonly Skipped[], view: { lang: Lang; t: Translate }): string[] {
  const runs: Array<{ first: string; last: string; reason: string }> = [];
  for (const s of [...skipped].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const reason = offWords(s.off, view.t);
    const run = runs.at(-1);
    if (run && run.reason === reason) run.last = s.date;
    else runs.push({ first: s.date, last: s.date, reason });
  }
  return runs.map((run) => {
    const first = formatDate(run.first, view.lang);
    const span = run.first === run.last ? first : `${first}–${formatDate(run.last, view.lang)}`;
    return view.t('calendar.skipped', { date: span, reason: run.reason });
  });
}
