import type { Finding } from '../model/finding.js';

const keyOf = (f: Finding) => `${f.rule}\u0000${f.file}\u0000${JSON.stringify(f.message)}`;

/**
 * The findings the change adds: those after it that were not there before. Lines move when a file
 * is edited, so findings are matched by rule, file and message, as many times as they occur.
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  for (const f of before) seen.set(keyOf(f), (seen.get(keyOf(f)) ?? 0) + 1);
  return after.filter((f) => {
    const n = seen.get(keyOf(f)) ?? 0;
    if (n === 0) return true;
    seen.set(keyOf(f), n - 1);
    return false;
  });
}
