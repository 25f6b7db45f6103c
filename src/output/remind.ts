import type { ChalkInstance } from 'chalk';
import type { CsvOptions } from './csv-delimiter.js';
import type { RemindFormat } from './remind-formats.js';
import { remindHtml } from './remind-html.js';
import { remindIcs } from './remind-ics.js';
import { remindJson } from './remind-json.js';
import { remindMarkdown } from './remind-markdown.js';
import { remindText } from './remind-text.js';
import type { RemindView } from './remind-view.js';

export { REMIND_EXTENSIONS, REMIND_FORMATS, type RemindFormat } from './remind-formats.js';
export type { RemindEntry, RemindView } from './remind-view.js';

type RemindFormatter = (view: RemindView, chalk: ChalkInstance) => string;

export const remindFormatters: Record<Exclude<RemindFormat, 'csv'>, RemindFormatter> = {
  text: remindText,
  markdown: remindMarkdown,
  ics: remindIcs,
  json: remindJson,
  html: remindHtml,
};

/** The formatter of a format; the CSV writer (csv-stringify) is loaded only when asked for. */
export async function remindFormatter(format: RemindFormat, csv: CsvOptions): Promise<RemindFormatter> {
  if (format !== 'csv') return remindFormatters[format];
  const { remindCsv } = await import('./remind-csv.js');
  return (view) => remindCsv(view, csv);
}
