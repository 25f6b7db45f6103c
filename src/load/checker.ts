import type { Finding } from '../model/finding.js';
import type { FileKind } from '../model/index.js';
import type { SourceFile } from './source.js';

/**
 * What checking one file's text gives: the value its schema accepted, or the findings that stop
 * it, with the raw parsed value when the YAML itself could be read (to salvage an id).
 */
export type CheckedText = { ok: true; value: unknown } | { ok: false; findings: Finding[]; raw: unknown };

/**
 * Parses and schema-checks one file whose text has been read. The loader takes it as an argument
 * so that a cache can stand in for YAML and zod, which are slow to load at start-up.
 */
export type Checker = (kind: FileKind, source: SourceFile & { text: string }) => CheckedText;
