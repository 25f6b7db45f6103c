import { addDays, type CalendarDate } from '../dates.js';
import { type Agreement, type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { membersOfSide } from './membership.js';
import type { Holders } from './occurrence.js';
import { holderOn, type RoleOwner, roleContext } from './roles.js';

// SPEC section 12, the one resolver every view reads through its occurrences: who hosts and who
// holds each role of a body on a day. Held meetings count up to the day before (a meeting's own
// holders) and never after as-of (what has not happened yet cannot count).

export type HoldersOn = (
  date: CalendarDate,
  heldUntil: CalendarDate,
  recordedHost?: string | null,
) => Holders;

/** The resolver of one body or working group, or null when it has neither a rotating host nor roles. */
export function holdersOf(
  agreement: Agreement,
  bodyId: string,
  owner: RoleOwner & { host?: string | null; rotation?: string[] | null },
  meetings: readonly Meeting[],
): HoldersOn | null {
  const declared = Object.keys(owner.roles ?? {});
  if (owner.host !== 'rotate' && declared.length === 0) return null;
  const ctx = roleContext(agreement, bodyId, owner, meetings);
  const hasHost = Boolean(ctx.roles.host);
  return (date, heldUntil, recordedHost) => {
    const holders: Holders = { on: date };
    if (hasHost) holders.host = recordedHost || (holderOn(ctx, 'host', date, heldUntil)?.holder ?? null);
    if (declared.length > 0)
      holders.roles = Object.fromEntries(
        declared.map((role) => [role, holderOn(ctx, role, date, heldUntil)]),
      );
    return holders;
  };
}

/** The last day whose held meetings count for holders on `date`, as of `asOf`. */
export function heldUntilFor(date: CalendarDate, asOf: CalendarDate): CalendarDate {
  const before = addDays(date, -1);
  return before < asOf ? before : asOf;
}

/**
 * The host due for a meeting of the body on `date` by its rotation or host role, whatever a
 * meeting records: what `record meeting` fills in and what the rules hold a planned host against.
 */
export function hostDue(data: AgreementData, bodyId: string, date: CalendarDate): string | null {
  const { agreement } = data;
  const owner = agreement.governance.bodies[bodyId] ?? data.workingGroups.find((g) => g.id === bodyId);
  if (!owner) return null;
  const meetings = allMeetings(data).map((m) => m.meeting);
  return holdersOf(agreement, bodyId, owner, meetings)?.(date, addDays(date, -1)).host ?? null;
}

/**
 * Whether a holder (a party, or a side of parties) involves `party` on `date`: `calendar --party`
 * takes a party, and a side's turn to host involves each of its members.
 */
export function involves(
  agreement: Agreement,
  holder: string | null,
  party: string,
  date: CalendarDate,
): boolean {
  if (holder === null) return false;
  if (holder === party) return true;
  return (
    (agreement.sides ?? []).some((s) => s.id === holder) &&
    membersOfSide(agreement, holder, date).includes(party)
  );
}
