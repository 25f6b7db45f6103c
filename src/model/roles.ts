import * as z from 'zod';
import { ROLLING_MAX, type RollingUnit, upTo } from './cadence.js';
import { Id, IsoDate, maybe, Text } from './primitives.js';

// SPEC section 12: sides, roles and terms. Real agreements rotate between sides (the municipalities
// and the health trust in a helsefellesskap), on terms longer than one meeting, with roles beyond
// the host.

/** A term's length: `<n> days|weeks|months|years`, at most ten years like a rolling cadence. */
export const TERM_PATTERN = `^(${(['days', 'weeks', 'months', 'years'] as const)
  .map((unit: RollingUnit) => `${upTo(ROLLING_MAX[unit])} ${unit.slice(0, -1)}s?`)
  .join('|')})$`;

export const TermLength = z.string().regex(new RegExp(TERM_PATTERN));

export const Side = z.strictObject({ id: Id, name: Text, lead: maybe(Id) });

/**
 * One role of a body. One object with every key optional, so that a misspelt key gets a "did you
 * mean" like everywhere else; which keys go together (exactly one of rotate, fixed, same and
 * opposite; every and from, or per) is the `roles` rule's to say, at the key that is wrong.
 */
export const Role = z.strictObject({
  rotate: maybe(z.enum(['parties', 'sides'])),
  every: maybe(TermLength),
  from: maybe(IsoDate),
  per: maybe(z.literal('meeting')),
  order: maybe(z.array(Id).min(1)),
  fixed: maybe(Id),
  same: maybe(Id),
  opposite: maybe(Id),
});

/** A one-off exception: `period` is a period label (2024, 2024-H1, 2024-T2, 2024-Q3, 2024-05) or an ISO interval. */
export const Override = z.strictObject({
  period: z.union([z.string().min(1), z.int()]),
  role: Id,
  holder: Id,
  note: maybe(z.string()),
});

export const Roles = z.record(Id, Role);

export type Side = z.infer<typeof Side>;
export type Role = z.infer<typeof Role>;
export type Override = z.infer<typeof Override>;
