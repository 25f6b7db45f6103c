import type { Finding, Message } from '../model/finding.js';
import type { EventIndex } from './locate-events.js';
import type { ParsedYaml } from './parse-yaml.js';

/** One file of an agreement folder as read: its text, and its parse when it got that far. */
export interface SourceFile {
  /** Inside the agreement folder, forward slashes: `meetings/2026.yaml`. */
  file: string;
  /** As shown to the user: relative to the working folder. */
  display: string;
  text: string | null;
  parsed: ParsedYaml | null;
  /** The file's js-yaml events, once a finding in it has been placed (load/locate-events.ts). */
  events?: EventIndex | null;
}

export function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function findingAt(source: SourceFile, rule: string, offset: number, message: Message): Finding {
  const { line, column } = positionOfOffset(source.text ?? '', offset);
  return { rule, severity: 'error', file: source.display, line, column, message };
}

export function joinDisplay(folder: string, file: string): string {
  return folder === '.' || folder === '' ? file : `${folder}/${file}`;
}
