import { addDays, type CalendarDate, daysBetween } from '../dates.js';
import type { Occurrence } from '../domain/occurrence.js';
import type { Cadence } from '../model/cadence.js';
import { periodOf } from '../time/periods.js';
import { type Found, type WorkingDays, workingDayFrom } from './working-days.js';

/** The date of the last meeting in the period before the slot's, moved one period on. */
function anchor(
  cadence: Cadence,
  dated: readonly CalendarDate[],
  deadline: CalendarDate,
): CalendarDate | null {
  if (cadence.kind !== 'period') return null;
  const start = periodOf(cadence.unit, deadline).start;
  const before = periodOf(cadence.unit, addDays(start, -1));
  const last = dated.filter((d) => d >= before.start && d <= before.end).at(-1);
  return last ? addDays(start, daysBetween(before.start, last)) : null;
}

/**
 * A proposed date for an open slot: spread over its window [lower, upper], on a working day. A
 * single meeting of a period goes where the body met in the period before (a top meeting held in
 * December is proposed for December), when that is still ahead. `dated`: the body's meetings and
 * the proposals made so far.
 */
export function proposeDate(
  days: WorkingDays,
  cadence: Cadence | null,
  occurrence: Occurrence,
  [lower, upper]: [CalendarDate, CalendarDate],
  dated: readonly CalendarDate[],
): Found {
  const [count, index] = occurrence.spread;
  const near = cadence ? anchor(cadence, dated, occurrence.deadline) : null;
  if (near && count === 1 && near >= lower && near <= upper) {
    const found = workingDayFrom(days, near);
    if (found.date <= upper) return found;
  }
  const span = daysBetween(lower, upper);
  // The middle of the index-th of `count` equal parts; a rolling slot, late in its window.
  const offset =
    count <= 1 && cadence?.kind === 'rolling'
      ? span - Math.min(7, span)
      : Math.floor((span * (2 * index + 1)) / (2 * Math.max(count, 1)));
  const ideal = addDays(lower, offset);
  const forward = workingDayFrom(days, ideal);
  if (forward.date <= upper) return forward;
  const back = workingDayFrom(days, ideal, -1);
  return back.date >= lower ? back : forward;
}
