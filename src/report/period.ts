import { addDays, type CalendarDate, ymd } from '../dates.js';
import type { ReportPeriod } from './model.js';

const PART_MONTHS: Record<string, number> = { H: 6, T: 4, Q: 3 };

/** The days a period label of the engine covers: 2025, 2025-H1, 2025-T2, 2025-Q3, 2025-05 or FROM/TO. */
export function labelRange(label: string): { start: CalendarDate; end: CalendarDate } | null {
  const window = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (window) return { start: window[1] as CalendarDate, end: window[2] as CalendarDate };
  const year = /^(\d{4})$/.exec(label);
  if (year) return { start: ymd(Number(year[1]), 1, 1), end: ymd(Number(year[1]), 12, 31) };
  const part = /^(\d{4})-([HTQ])(\d)$/.exec(label);
  if (part) {
    const length = PART_MONTHS[part[2] ?? ''] ?? 12;
    const first = (Number(part[3]) - 1) * length + 1;
    const start = ymd(Number(part[1]), first, 1);
    return { start, end: addDays(ymd(Number(part[1]), first + length, 1), -1) };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) {
    const start = ymd(Number(month[1]), Number(month[2]), 1);
    return { start, end: addDays(ymd(Number(month[1]), Number(month[2]) + 1, 1), -1) };
  }
  return null;
}

/** A missed period or gap belongs to the report when it overlaps the report's period. */
export function overlaps(label: string, period: ReportPeriod): boolean {
  const range = labelRange(label);
  return range !== null && range.start <= period.to && range.end >= period.from;
}

export const within = (date: string | null | undefined, period: ReportPeriod): boolean =>
  Boolean(date && date >= period.from && date <= period.to);

/** A whole calendar year as a report period. */
export const yearPeriod = (year: number): ReportPeriod => ({ from: ymd(year, 1, 1), to: ymd(year, 12, 31) });
