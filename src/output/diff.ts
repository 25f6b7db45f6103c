import type { DiffFormat } from './diff-formats.js';
import { diffJson } from './diff-json.js';
import type { DiffView } from './diff-lines.js';
import { diffMarkdown } from './diff-markdown.js';
import { diffText } from './diff-text.js';

export function diffFormatter(format: DiffFormat): (view: DiffView) => string {
  return { text: diffText, markdown: diffMarkdown, json: diffJson }[format];
}
