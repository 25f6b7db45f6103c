// Apart from the formatters, so that the CLI can offer the choices without loading the ICS writer.
export const REMIND_FORMATS = ['text', 'markdown', 'ics', 'json', 'html', 'csv'] as const;
export type RemindFormat = (typeof REMIND_FORMATS)[number];

export const REMIND_EXTENSIONS: Record<RemindFormat, string> = {
  text: 'txt',
  markdown: 'md',
  ics: 'ics',
  json: 'json',
  html: 'html',
  csv: 'csv',
};
