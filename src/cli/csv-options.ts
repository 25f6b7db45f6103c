import { CSV_DELIMITERS, type CsvOptions } from '../output/csv-delimiter.js';
import { UsageError } from './context.js';

/** --delimiter: `;` (default), `,` or `tab`; anything else is a usage error (exit 2). */
export function csvOptions(delimiter: string | undefined): CsvOptions {
  const value = delimiter ?? ';';
  const chosen = Object.hasOwn(CSV_DELIMITERS, value) ? CSV_DELIMITERS[value] : undefined;
  if (chosen === undefined) throw new UsageError({ id: 'csv.bad-delimiter', params: { value } });
  return { delimiter: chosen };
}
