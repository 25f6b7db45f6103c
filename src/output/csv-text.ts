import { stringify } from 'csv-stringify/sync';
import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { maskIdentityNumbers } from '../identity/number.js';
import type { CsvOptions } from './csv-delimiter.js';
import { breaksAsSpaces, maskAsShown, showHidden } from './sanitize.js';

// The one module that loads csv-stringify; the CLI imports the CSV formatters on demand.

/** A cell: text, a number we computed ourselves (days left), or empty. */
export type Cell = string | number | null;

/**
 * Data text for one cell: line breaks written as spaces, identity numbers masked first (SPEC
 * section 7; as written and as the cell shows them), then hidden characters shown as \u{…}, so
 * that a cell reads as it will be printed.
 */
export function csvCell(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  return showHidden(maskAsShown(text, breaksAsSpaces));
}

/** Several lines in one cell (an agenda): each line made safe, joined by a line break inside the quotes. */
export function csvLines(lines: readonly string[]): string {
  return lines.map((line) => csvCell(line) ?? '').join('\n');
}

// Norwegian Excel reads DD.MM.YYYY as a date; Excel in English locales reads ISO dates (and would
// keep 31.12.2026 as text, and read 01/02/2026 differently in the US and the UK).
export function csvDate(date: CalendarDate | null | undefined, lang: Lang): string | null {
  if (!date) return null;
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * RFC 4180 text for Excel: a BOM (Excel reads the file as UTF-8 only with one), CRLF line ends,
 * quoting where a cell holds the delimiter, a quote or a line break. A text cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a CR (or their full-width forms) is prefixed with `'` (OWASP, CSV
 * injection), so Excel shows it instead of computing it; numbers are written as numbers, so a
 * negative count of days stays a number that Excel sorts.
 */
export function csvText(rows: ReadonlyArray<readonly Cell[]>, options: CsvOptions): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? maskIdentityNumbers(cell) : cell))),
    {
      bom: true,
      delimiter: options.delimiter,
      record_delimiter: 'windows',
      // Any CR or LF in a cell (the agenda's lines) is quoted, not only the CRLF that ends a row.
      quote_record_delimiter: true,
      escape_formulas: true,
    },
  );
}
