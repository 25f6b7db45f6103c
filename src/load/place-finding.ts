import type { Finding, RuleFinding } from '../model/finding.js';
import { locate } from './locate.js';
import { eventIndex, locateInEvents, positionIn } from './locate-events.js';
import { parseYaml } from './parse-yaml.js';
import { joinDisplay, positionOfOffset, type SourceFile } from './source.js';

/** Resolves a finding in one source file (YAML path, or text offset) to a line and column. */
export function placeInSource(source: SourceFile, f: RuleFinding): Finding {
  const base = { rule: f.rule, severity: f.severity, message: f.message, file: source.display };
  if (f.offset !== undefined) return { ...base, ...positionOfOffset(source.text ?? '', f.offset) };
  // Documents are dropped after loading to keep memory flat. A file with findings is read again by
  // js-yaml's event parser, which is quick and places nearly every finding (issue 29); only where it
  // cannot vouch for the place is the file parsed the full way.
  if (!source.parsed && source.text !== null) {
    if (source.events === undefined) source.events = eventIndex(source.text);
    const offset = source.events ? locateInEvents(source.text, source.events, f.path, f.atKey) : null;
    if (offset !== null && source.events) return { ...base, ...positionIn(source.events, offset) };
  }
  source.parsed ??= source.text === null ? null : parseYaml(source.text);
  if (!source.parsed) return { ...base, line: 1, column: 1 };
  return { ...base, ...locate(source.parsed.doc, source.parsed.lines, f.path, f.atKey) };
}

/** Resolves a rule's finding (file and YAML path, or text offset) to a line and column. */
export function placeFinding(
  sources: ReadonlyMap<string, SourceFile>,
  folderDisplay: string,
  f: RuleFinding,
): Finding {
  const source = sources.get(f.file);
  if (source) return placeInSource(source, f);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: joinDisplay(folderDisplay, f.file),
    line: 1,
    column: 1,
  };
}
