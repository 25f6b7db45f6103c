import type { Agreement, Party } from '../model/index.js';
import { leftOf } from './withdrawal.js';

// SPEC section 12: a party is a member from `joined` (default: the agreement's start) until the
// day before `left`; a side is a member while any of its parties is. Section 13: where `left` is
// not written, a notice of withdrawal gives it. A notice dated after `date` cannot end membership
// by `date` (the leaving day is never before the notice), so no as-of is needed here.

export function isMember(agreement: Agreement, party: Party, date: string): boolean {
  const left = leftOf(agreement, party);
  return (party.joined ?? agreement.validity.from) <= date && (!left || date < left);
}

/**
 * Whether a party or side id names a member on `date`. An id the agreement does not know counts as
 * a member: the reference rules report it, and a rotation of section 4 turns exactly as before.
 */
export function memberTest(
  agreement: Agreement,
  kind: 'parties' | 'sides',
): (id: string, date: string) => boolean {
  if (kind === 'parties') {
    const byId = new Map(agreement.parties.map((p) => [p.id, p]));
    return (id, date) => {
      const party = byId.get(id);
      return party === undefined || isMember(agreement, party, date);
    };
  }
  return (id, date) => {
    const parties = agreement.parties.filter((p) => p.side === id);
    return parties.length === 0 || parties.some((p) => isMember(agreement, p, date));
  };
}

/** The side of a party, or the id itself when it names a side. */
export function sideOf(agreement: Agreement, id: string): string | null {
  if ((agreement.sides ?? []).some((s) => s.id === id)) return id;
  return agreement.parties.find((p) => p.id === id)?.side ?? null;
}

/** The parties of a side that are members on `date`, in the order of `parties`. */
export function membersOfSide(agreement: Agreement, side: string, date: string): string[] {
  return agreement.parties.filter((p) => p.side === side && isMember(agreement, p, date)).map((p) => p.id);
}

/**
 * The index in `order` after `previous` (-1: from the start) of the first member, going round.
 * When no one in the order is a member, the plain next one: a rotation never stops for want of
 * dates, and an agreement without joined/left (every party a member) rotates exactly as before.
 */
export function nextMemberIndex(
  order: readonly string[],
  previous: number,
  member: (id: string) => boolean,
): number {
  for (let step = 1; step <= order.length; step++) {
    const at = (((previous + step) % order.length) + order.length) % order.length;
    if (member(order[at]!)) return at;
  }
  return (previous + 1) % order.length;
}

/**
 * The parties that act for a role's holder (SPEC section 12): a party itself; for a side, its
 * `lead` when it has one, else every party of the side that is a member on `date`.
 */
export function actingParties(agreement: Agreement, holder: string, date: string): string[] {
  const side = (agreement.sides ?? []).find((s) => s.id === holder);
  if (!side) return [holder];
  return side.lead ? [side.lead] : membersOfSide(agreement, side.id, date);
}
