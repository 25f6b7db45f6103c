import type { ChalkInstance } from 'chalk';
import type { RemindFormat } from './remind-formats.js';
import { remindHtml } from './remind-html.js';
import { remindIcs } from './remind-ics.js';
import { remindJson } from './remind-json.js';
import { remindMarkdown } from './remind-markdown.js';
import { remindText } from './remind-text.js';
import type { RemindView } from './remind-view.js';

export { REMIND_EXTENSIONS, REMIND_FORMATS, type RemindFormat } from './remind-formats.js';
export type { RemindEntry, RemindView } from './remind-view.js';

export const remindFormatters: Record<RemindFormat, (view: RemindView, chalk: ChalkInstance) => string> = {
  text: remindText,
  markdown: remindMarkdown,
  ics: remindIcs,
  json: remindJson,
  html: remindHtml,
};
