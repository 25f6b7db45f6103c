import type { ChalkInstance } from 'chalk';
import { findingsGithub } from './findings-github.js';
import { findingsGitlab } from './findings-gitlab.js';
import { findingsJson } from './findings-json.js';
import { findingsSarif } from './findings-sarif.js';
import { type FindingsView, findingsText } from './findings-text.js';

export type { FindingsView } from './findings-text.js';

export const FINDINGS_FORMATS = ['text', 'json', 'github', 'gitlab', 'sarif'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

export const findingsFormatters: Record<
  FindingsFormat,
  (view: FindingsView, chalk: ChalkInstance) => string
> = {
  text: findingsText,
  json: findingsJson,
  github: findingsGithub,
  gitlab: findingsGitlab,
  sarif: findingsSarif,
};
