import type { ChalkInstance } from 'chalk';
import { remindIcs } from './remind-ics.js';
import { remindJson } from './remind-json.js';
import { remindMarkdown } from './remind-markdown.js';
import { remindText } from './remind-text.js';
import type { RemindView } from './remind-view.js';

export type { RemindEntry, RemindView } from './remind-view.js';

export const REMIND_FORMATS = ['text', 'markdown', 'ics', 'json'] as const;
export type RemindFormat = (typeof REMIND_FORMATS)[number];

export const REMIND_EXTENSIONS: Record<RemindFormat, string> = {
  text: 'txt',
  markdown: 'md',
  ics: 'ics',
  json: 'json',
};

export const remindFormatters: Record<RemindFormat, (view: RemindView, chalk: ChalkInstance) => string> = {
  text: remindText,
  markdown: remindMarkdown,
  ics: remindIcs,
  json: remindJson,
};
