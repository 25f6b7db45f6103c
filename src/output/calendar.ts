import type { ChalkInstance } from 'chalk';
import type { CalendarFormat } from './calendar-formats.js';
import { calendarIcs } from './calendar-ics.js';
import { calendarJson } from './calendar-json.js';
import { calendarMarkdown } from './calendar-markdown.js';
import { calendarSvg } from './calendar-svg.js';
import { calendarText } from './calendar-text.js';
import type { CalendarView } from './calendar-view.js';

export type { CalendarEntry, CalendarView } from './calendar-view.js';

export const calendarFormatters: Record<
  CalendarFormat,
  (view: CalendarView, chalk: ChalkInstance) => string
> = {
  text: calendarText,
  markdown: calendarMarkdown,
  json: calendarJson,
  ics: calendarIcs,
  svg: calendarSvg,
};
