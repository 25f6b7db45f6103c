import type { ChalkInstance } from 'chalk';
import { findingsGithub } from './findings-github.js';
import { findingsJson } from './findings-json.js';
import { type FindingsView, findingsText } from './findings-text.js';

export type { FindingsView } from './findings-text.js';

export const FINDINGS_FORMATS = ['text', 'json', 'github', 'gitlab', 'sarif'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];

type Formatter = (view: FindingsView, chalk: ChalkInstance) => string;

/** The formatter of a format; GitLab's and SARIF's are loaded when asked for (start-up). */
export async function findingsFormatter(format: FindingsFormat): Promise<Formatter> {
  switch (format) {
    case 'text':
      return findingsText;
    case 'json':
      return findingsJson;
    case 'github':
      return findingsGithub;
    case 'gitlab':
      return (await import('./findings-gitlab.js')).findingsGitlab;
    case 'sarif':
      return (await import('./findings-sarif.js')).findingsSarif;
  }
}
