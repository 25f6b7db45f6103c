import { addDays, type CalendarDate, parseCalendarDate, ymd } from '../dates.js';

const LABEL = /^([0-9]{4})(?:-(?:H([1-2])|T([1-3])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/**
 * The first and last day of a period label of SPEC section 3 (2026, 2026-H1, 2026-T2, 2026-Q3,
 * 2026-05) or of an ISO interval of two dates (both days included); null when there is no such
 * period: an override for it would never apply.
 */
export function periodFromLabel(label: string): { start: CalendarDate; end: CalendarDate } | null {
  const interval = /^([^/]+)\/([^/]+)$/.exec(label);
  if (interval) {
    const start = parseCalendarDate(interval[1]!);
    const end = parseCalendarDate(interval[2]!);
    return start && end && start <= end ? { start, end } : null;
  }
  const m = LABEL.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (!parseCalendarDate(ymd(year, 1, 1))) return null;
  const [first, months] = m[2]
    ? [(Number(m[2]) - 1) * 6 + 1, 6]
    : m[3]
      ? [(Number(m[3]) - 1) * 4 + 1, 4]
      : m[4]
        ? [(Number(m[4]) - 1) * 3 + 1, 3]
        : m[5]
          ? [Number(m[5]), 1]
          : [1, 12];
  const start = ymd(year, first, 1);
  const end = addDays(first + months > 12 ? ymd(year + 1, 1, 1) : ymd(year, first + months, 1), -1);
  return { start, end };
}
