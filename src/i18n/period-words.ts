import type { Lang } from './catalogue.js';
import { formatDate } from './format-date.js';

const MONTHS: Record<Lang, readonly string[]> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  nn: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The name of a month (1-12): "januar", "January". */
export const monthName = (month: number, lang: Lang): string => MONTHS[lang][month - 1] ?? String(month);

const UNITS: Record<Lang, Record<string, string>> = {
  nb: { H: 'halvår', T: 'tertial', Q: 'kvartal' },
  nn: { H: 'halvår', T: 'tertial', Q: 'kvartal' },
  en: { H: 'half-year', T: 'tertial', Q: 'quarter' },
};

const ORDINAL_EN = ['first', 'second', 'third', 'fourth'];

/**
 * A period label of the engine (2026, 2026-H1, 2026-T2, 2026-Q3, 2026-05, or a rolling window
 * FROM/TO) as people say it: "1. tertial 2026", "mai 2026", "05.10.2025–30.10.2025".
 */
export function periodWords(label: string, lang: Lang): string {
  const window = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (window) return `${formatDate(window[1] ?? '', lang)}–${formatDate(window[2] ?? '', lang)}`;
  const part = /^(\d{4})-([HTQ])(\d)$/.exec(label);
  if (part) {
    const [, year, unit = '', n = '1'] = part;
    const name = UNITS[lang][unit];
    return lang === 'en' ? `${ORDINAL_EN[Number(n) - 1]} ${name} ${year}` : `${n}. ${name} ${year}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return `${MONTHS[lang][Number(month[2]) - 1]} ${month[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return formatDate(label, lang);
  return label;
}
