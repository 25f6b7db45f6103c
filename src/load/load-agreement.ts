import { checkText } from './check-text.js';
import { type LoadedAgreement, type Overlay, readAgreement } from './read-agreement.js';

/** Loads one agreement folder with YAML and zod, no cache: for edits, `init` and tests. */
export function loadAgreement(
  dir: string,
  cwd: string,
  overlay: Overlay = new Map(),
  absent: ReadonlySet<string> = new Set(),
): LoadedAgreement {
  return readAgreement(dir, cwd, checkText, overlay, absent);
}
