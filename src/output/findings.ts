import type { ChalkInstance } from 'chalk';
import { findingsGithub } from './findings-github.js';
import { findingsJson } from './findings-json.js';
import { type FindingsView, findingsText } from './findings-text.js';

export type { FindingsView } from './findings-text.js';

export const FINDINGS_FORMATS = ['text', 'json', 'github'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export const findingsFormatters: Record<
  FindingsFormat,
  (view: FindingsView, chalk: ChalkInstance) => string
> = {
  text: findingsText,
  json: findingsJson,
  github: findingsGithub,
};
