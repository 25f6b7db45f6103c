import type { ChalkInstance } from 'chalk';
import type { CsvOptions } from './csv-delimiter.js';
import { statusHtml } from './status-html.js';
import { statusJson } from './status-json.js';
import { statusMarkdown } from './status-markdown.js';
import { statusText } from './status-text.js';
import type { StatusView } from './status-view.js';

export type { StatusEntry, StatusView } from './status-view.js';

export const STATUS_FORMATS = ['text', 'json', 'markdown', 'html', 'csv'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

type StatusFormatter = (view: StatusView, chalk: ChalkInstance) => string;

export const statusFormatters: Record<Exclude<StatusFormat, 'csv'>, StatusFormatter> = {
  text: statusText,
  json: statusJson,
  markdown: statusMarkdown,
  html: statusHtml,
};

/** The formatter of a format; the CSV writer (csv-stringify) is loaded only when asked for. */
export async function statusFormatter(format: StatusFormat, csv: CsvOptions): Promise<StatusFormatter> {
  if (format !== 'csv') return statusFormatters[format];
  const { statusCsv } = await import('./status-csv.js');
  return (view) => statusCsv(view, csv);
}
