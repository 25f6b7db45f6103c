import { createHash } from 'node:crypto';
import { maskIdentityNumbers } from '../identity/number.js';
import type { Finding, Message } from '../model/finding.js';

// Keys sorted at every level, so that the same message always gives the same text. Every text is
// masked before JSON escapes it: `\t` or `\"` between two groups of digits would hide a number from
// a mask run on the escaped text. (A message's parameters nest a few levels, never data-deep.)
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(maskIdentityNumbers(k))}:${canonical(v)}`).join(',')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(maskIdentityNumbers(value));
  return JSON.stringify(value) ?? 'null';
}

const messageKey = (m: Message) => maskIdentityNumbers(canonical(m));

/**
 * A fingerprint per finding that stays the same from run to run while the finding does (GitLab
 * Code Quality, SARIF partialFingerprints; docs/rules.md): a hash of the rule code, the file and
 * the message with its parameters (the ids, keys and values it names), never of the line or
 * column, so lines added above do not change it. Findings that would share one are numbered in
 * file order. Identity numbers are masked before hashing: a hash of eleven digits can be reversed.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.rule}\u0000${maskIdentityNumbers(f.file)}\u0000${messageKey(f.message)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
