// The names alone, for the command's --format choices at start-up; the formatters load on use.
export const REPORT_FORMATS = ['markdown', 'html', 'json', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = {
  markdown: 'md',
  html: 'html',
  json: 'json',
  docx: 'docx',
};
