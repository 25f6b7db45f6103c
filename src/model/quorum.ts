// SPEC section 13: when a body is quorate ("vedtaksført når minst 2/3 av medlemmene er til stede").
// Apart from the zod schema (agreement.ts), so the domain and the rules read it without loading zod.

/** A fraction of at most 1 (`2/3`, `1/2`, `1/1`), or `all-parties`; a number is written as a number. */
export const QUORUM_PATTERN = '^(all-parties|[1-9][0-9]?/[1-9][0-9]?)$';

export type Quorum =
  | { kind: 'fraction'; numerator: number; denominator: number }
  | { kind: 'all-parties' }
  | { kind: 'count'; count: number };

/** What a written quorum means; null for a text the schema rejects (a fraction above 1 included). */
export function parseQuorum(value: string | number): Quorum | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value > 0 ? { kind: 'count', count: value } : null;
  if (value === 'all-parties') return { kind: 'all-parties' };
  const m = new RegExp(QUORUM_PATTERN).exec(value) ? /^(\d+)\/(\d+)$/.exec(value) : null;
  if (!m) return null;
  const numerator = Number(m[1]);
  const denominator = Number(m[2]);
  return numerator <= denominator ? { kind: 'fraction', numerator, denominator } : null;
}

/** How many members must be present: at least f·n for a fraction, counted exactly (2/3 of 6 is 4). */
export function presentNeeded(quorum: Quorum, members: number): number | null {
  if (quorum.kind === 'count') return quorum.count;
  if (quorum.kind === 'fraction') return Math.ceil((quorum.numerator * members) / quorum.denominator);
  return null;
}
