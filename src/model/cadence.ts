// SPEC section 3: a cadence is one string, parsed once into a typed value.
export type PeriodUnit = 'year' | 'half-year' | 'tertial' | 'quarter' | 'month';
export type RollingUnit = 'days' | 'weeks' | 'months' | 'years';

export type Cadence =
  | { kind: 'period'; unit: PeriodUnit; count: number; text: string }
  | { kind: 'rolling'; unit: RollingUnit; n: number; text: string };

const CALENDAR: Record<string, PeriodUnit> = {
  yearly: 'year',
  'half-yearly': 'half-year',
  tertial: 'tertial',
  quarterly: 'quarter',
  monthly: 'month',
};

export const CADENCE_FORMS = [
  'yearly',
  'half-yearly',
  'tertial',
  'quarterly',
  'monthly',
  '<n> per year|half-year|tertial|quarter|month',
  'every <n> days|weeks|months|years',
  'null',
];

// Also the JSON Schema pattern, so editors flag a bad cadence while typing.
export const CADENCE_PATTERN =
  '^(yearly|half-yearly|tertial|quarterly|monthly|[1-9][0-9]* per (year|half-year|tertial|quarter|month)|every [1-9][0-9]* (days?|weeks?|months?|years?))$';

const COUNTED = /^([1-9][0-9]*) per (year|half-year|tertial|quarter|month)$/;
const ROLLING = /^every ([1-9][0-9]*) (day|week|month|year)s?$/;

export function parseCadence(text: string): Cadence | null {
  const calendar = CALENDAR[text];
  if (calendar) return { kind: 'period', unit: calendar, count: 1, text };
  const counted = COUNTED.exec(text);
  if (counted) return { kind: 'period', unit: counted[2] as PeriodUnit, count: Number(counted[1]), text };
  const rolling = ROLLING.exec(text);
  if (rolling) return { kind: 'rolling', unit: `${rolling[2]}s` as RollingUnit, n: Number(rolling[1]), text };
  return null;
}
