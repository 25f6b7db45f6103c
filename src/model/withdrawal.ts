import { ROLLING_MAX, upTo } from './cadence.js';

// SPEC section 13: "utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte".
// The notice period is written like a term's length (`6 months`, `90 days`), with the limits of a
// rolling cadence; weeks and years are left out because withdrawal clauses count months or days.

export const NOTICE_PATTERN = `^(${upTo(ROLLING_MAX.months)} months?|${upTo(ROLLING_MAX.days)} days?)$`;

/** governance.withdrawal (its zod schema, which start-up does without, is in withdrawal-schema.ts). */
export interface Withdrawal {
  notice: string;
  effective: 'year-end' | 'notice';
}

export interface NoticeLength {
  unit: 'months' | 'days';
  n: number;
}

/** `6 months` as a typed value, or null for anything the pattern does not take. */
export function parseNoticePeriod(text: string): NoticeLength | null {
  const m = /^([1-9][0-9]*) (month|day)s?$/.exec(text);
  if (!m) return null;
  const unit = m[2] === 'month' ? 'months' : 'days';
  const n = Number(m[1]);
  return n <= ROLLING_MAX[unit] ? { unit, n } : null;
}
