import type { Message } from './finding.js';

// SPEC section 10: a meeting's `minutes:` is "a link or a path in the repository". Which of the
// two a value is (docs/decisions.md, "Where a minutes path points"): anything that starts with a
// URL scheme of two or more letters (`https:`, `http:`, `mailto:`, `urn:`, an archive's own
// scheme) is a link, which samarbeid cannot check; anything else is a path from the agreement
// folder, such as `referat/2026-03-04.pdf`, which must name a file inside it. Pure.

export type MinutesRef =
  /** `minutes: ""`: no minutes (rule minutes-missing says so). */
  | { kind: 'none' }
  | { kind: 'link' }
  /** `/srv/referat.pdf`, `C:\Referat\…`, `\\server\share\…`: a place on one machine, not in the repository. */
  | { kind: 'absolute' }
  | { kind: 'path'; path: string };

// RFC 3986 scheme, at least two characters: `C:` is a Windows drive, not a scheme.
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;
const ABSOLUTE = /^(?:[/\\]|[A-Za-z]:)/;

export function minutesRef(value: string): MinutesRef {
  if (value === '') return { kind: 'none' };
  if (ABSOLUTE.test(value)) return { kind: 'absolute' };
  if (SCHEME.test(value)) return { kind: 'link' };
  return { kind: 'path', path: value };
}

/** What the loader found at a path of `minutes` (src/load/minutes-files.ts). */
export type MinutesLookup =
  | { state: 'file' }
  | { state: 'missing' }
  /** `..` or a link that leads out of the agreement folder: not looked at further. */
  | { state: 'outside' }
  /** A folder, FIFO, device or socket: `kind` as in src/load/read-regular.ts. */
  | { state: 'not-a-file'; kind: 'directory' | 'fifo' | 'device' | 'socket' | 'other' }
  | { state: 'unreadable'; code: string };

/** The lookups of one agreement folder, by the value of `minutes` as written. */
export type MinutesFiles = ReadonlyMap<string, MinutesLookup>;

/** The finding's message (rule minutes-not-found) for a `minutes` value that names no file; null for a link or a file that is there. */
export function minutesProblem(
  value: string,
  lookup: MinutesLookup | undefined,
): Extract<Message, { id: `minutes-not-found.${string}` }> | null {
  const ref = minutesRef(value);
  const path = value;
  if (ref.kind === 'absolute') return { id: 'minutes-not-found.absolute', params: { path } };
  // A path the loader did not look up (rules run without it in some tests) is not judged.
  if (ref.kind !== 'path' || !lookup) return null;
  switch (lookup.state) {
    case 'file':
      return null;
    case 'missing':
      return { id: 'minutes-not-found.missing', params: { path } };
    case 'outside':
      return { id: 'minutes-not-found.outside', params: { path } };
    case 'not-a-file':
      return {
        id: 'minutes-not-found.not-a-file',
        params: { path, kind: { ref: `files.kind.${lookup.kind}` } },
      };
    case 'unreadable':
      return { id: 'minutes-not-found.unreadable', params: { path, code: lookup.code } };
    default: {
      const never: never = lookup;
      throw new Error(`unknown lookup ${JSON.stringify(never)}`);
    }
  }
}
