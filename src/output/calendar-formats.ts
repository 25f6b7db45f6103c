// Apart from the formatters, so that the CLI can offer the choices without loading them.
export const CALENDAR_FORMATS = ['text', 'markdown', 'json', 'ics', 'svg'] as const;
export type CalendarFormat = (typeof CALENDAR_FORMATS)[number];

export const CALENDAR_EXTENSIONS: Record<CalendarFormat, string> = {
  text: 'txt',
  markdown: 'md',
  json: 'json',
  ics: 'ics',
  svg: 'svg',
};
