// SPEC section 3: a cadence is one string, parsed once into a typed value.
export type PeriodUnit = 'year' | 'half-year' | 'tertial' | 'quarter' | 'month';
export type RollingUnit = 'days' | 'weeks' | 'months' | 'years';

export type Cadence =
  /** `by`: MM-DD, a yearly cadence's deadline inside the year (SPEC section 13), else the period's end. */
  | { kind: 'period'; unit: PeriodUnit; count: number; text: string; by?: string }
  | { kind: 'rolling'; unit: RollingUnit; n: number; text: string };

const CALENDAR: Record<string, PeriodUnit> = {
  yearly: 'year',
  'half-yearly': 'half-year',
  tertial: 'tertial',
  quarterly: 'quarter',
  monthly: 'month',
};

/**
 * The largest rolling interval is ten years in every unit: no governance rhythm is longer (the
 * agreements are revised far more often), and dates (1900-2999, SPEC section 2) plus ten years
 * keep four-digit years, which compare as text. `every 300000 years` once printed "NaN".
 */
export const ROLLING_MAX: Record<RollingUnit, number> = { days: 3660, weeks: 520, months: 120, years: 10 };
/** The largest count per period: one event a day for a whole (leap) year. */
export const COUNT_MAX = 366;

export const CADENCE_FORMS = [
  'yearly',
  'half-yearly',
  'tertial',
  'quarterly',
  'monthly',
  `<n> per year|half-year|tertial|quarter|month (n up to ${COUNT_MAX})`,
  `every <n> days|weeks|months|years (at most ten years: ${ROLLING_MAX.days} days, ${ROLLING_MAX.weeks} weeks, ${ROLLING_MAX.months} months, ${ROLLING_MAX.years} years)`,
  'null',
];

/** A regular expression for the whole numbers 1..max, without leading zeros. */
export function upTo(max: number): string {
  const top = String(max);
  const alternatives: string[] = [];
  for (let length = 1; length < top.length; length++)
    alternatives.push(length === 1 ? '[1-9]' : `[1-9][0-9]{${length - 1}}`);
  for (let i = 0; i < top.length; i++) {
    const low = i === 0 ? 1 : 0;
    const high = Number(top[i]) - 1;
    if (high < low) continue;
    const rest = top.length - i - 1;
    alternatives.push(`${top.slice(0, i)}[${low}-${high}]${rest > 0 ? `[0-9]{${rest}}` : ''}`);
  }
  alternatives.push(top);
  return `(?:${alternatives.join('|')})`;
}

const rolling = (unit: RollingUnit) => `every ${upTo(ROLLING_MAX[unit])} ${unit.slice(0, -1)}s?`;

// Also the JSON Schema pattern, so editors flag a bad cadence while typing.
export const CADENCE_PATTERN = `^(yearly|half-yearly|tertial|quarterly|monthly|${upTo(COUNT_MAX)} per (year|half-year|tertial|quarter|month)|${(['days', 'weeks', 'months', 'years'] as const).map(rolling).join('|')})$`;

/** A day of the year as MM-DD: 02-29 is allowed (28 February in a common year, SPEC section 13). */
export const MONTH_DAY_PATTERN =
  '^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-9])|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)$';

// A duty's `due` (SPEC section 13): a cadence, and a yearly one may end in "by MM-DD".
export const DUE_PATTERN = `^(?:${CADENCE_PATTERN.slice(1, -1)}|(?:yearly|${upTo(COUNT_MAX)} per year) by ${MONTH_DAY_PATTERN.slice(1, -1)})$`;

const BY = /^(.*) by ([0-9]{2}-[0-9]{2})$/;
const MONTH_DAY = new RegExp(MONTH_DAY_PATTERN);

/** A cadence with its yearly deadline: `yearly by 02-15`, or a body's `meets` with its `by`. */
export function parseDue(text: string, by?: string | null): Cadence | null {
  const split = BY.exec(text);
  const cadence = parseCadence(split ? split[1]! : text);
  const day = split ? split[2]! : (by ?? null);
  if (!cadence || day === null) return split ? null : cadence;
  if (cadence.kind !== 'period' || cadence.unit !== 'year' || !MONTH_DAY.test(day))
    return split ? null : cadence;
  return { ...cadence, text, by: day };
}

const COUNTED = /^([1-9][0-9]*) per (year|half-year|tertial|quarter|month)$/;
const ROLLING = /^every ([1-9][0-9]*) (day|week|month|year)s?$/;

export function parseCadence(text: string): Cadence | null {
  const calendar = CALENDAR[text];
  if (calendar) return { kind: 'period', unit: calendar, count: 1, text };
  const counted = COUNTED.exec(text);
  if (counted) {
    const count = Number(counted[1]);
    return count <= COUNT_MAX ? { kind: 'period', unit: counted[2] as PeriodUnit, count, text } : null;
  }
  const every = ROLLING.exec(text);
  if (every) {
    const unit = `${every[2]}s` as RollingUnit;
    const n = Number(every[1]);
    return n <= ROLLING_MAX[unit] ? { kind: 'rolling', unit, n, text } : null;
  }
  return null;
}
