import { reportHtml } from './report-html.js';
import { reportJson } from './report-json.js';
import { reportMarkdown } from './report-markdown.js';
import type { ReportView } from './report-view.js';

export type { ReportEntry, ReportView } from './report-view.js';

import type { ReportFormat } from './report-formats.js';

export { REPORT_EXTENSIONS, REPORT_FORMATS, type ReportFormat } from './report-formats.js';

/** Text formats render at once; DOCX loads its library only when asked for, and gives bytes. */
export async function reportFormatter(
  format: ReportFormat,
): Promise<(view: ReportView) => Promise<string | Uint8Array>> {
  switch (format) {
    case 'markdown':
      return async (view) => reportMarkdown(view);
    case 'html':
      return async (view) => reportHtml(view);
    case 'json':
      return async (view) => reportJson(view);
    case 'docx': {
      const { reportDocx } = await import('./report-docx.js');
      return reportDocx;
    }
    default: {
      const never: never = format;
      throw new Error(`unknown format ${never}`);
    }
  }
}
