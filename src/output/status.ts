import type { ChalkInstance } from 'chalk';
import { statusHtml } from './status-html.js';
import { statusJson } from './status-json.js';
import { statusMarkdown } from './status-markdown.js';
import { statusText } from './status-text.js';
import type { StatusView } from './status-view.js';

export type { StatusEntry, StatusView } from './status-view.js';

export const STATUS_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export const statusFormatters: Record<StatusFormat, (view: StatusView, chalk: ChalkInstance) => string> = {
  text: statusText,
  json: statusJson,
  markdown: statusMarkdown,
  html: statusHtml,
};
