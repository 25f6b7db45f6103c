import type { Finding, Message, RuleFinding } from '../model/finding.js';
import { locate } from './locate.js';
import { type ParsedYaml, parseYaml } from './parse-yaml.js';

/** One file of an agreement folder as read: its text, and its parse when it got that far. */
export interface SourceFile {
  /** Inside the agreement folder, forward slashes: `meetings/2026.yaml`. */
  file: string;
  /** As shown to the user: relative to the working folder. */
  display: string;
  text: string | null;
  parsed: ParsedYaml | null;
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

/** Resolves a rule's finding (file and YAML path, or text offset) to a line and column. */
export function placeFinding(
  sources: ReadonlyMap<string, SourceFile>,
  folderDisplay: string,
  f: RuleFinding,
): Finding {
  const source = sources.get(f.file);
  const base = { rule: f.rule, severity: f.severity, message: f.message };
  if (!source) return { ...base, file: joinDisplay(folderDisplay, f.file), line: 1, column: 1 };
  if (f.offset !== undefined)
    return { ...base, file: source.display, ...positionOfOffset(source.text ?? '', f.offset) };
  // Documents are dropped after loading to keep memory flat; the few files with findings are parsed again.
  source.parsed ??= source.text === null ? null : parseYaml(source.text);
  if (!source.parsed) return { ...base, file: source.display, line: 1, column: 1 };
  return {
    ...base,
    file: source.display,
    ...locate(source.parsed.doc, source.parsed.lines, f.path, f.atKey),
  };
}

export function joinDisplay(folder: string, file: string): string {
  return folder === '.' || folder === '' ? file : `${folder}/${file}`;
}
