import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import { parseCadence } from '../model/cadence.js';
import type { Agreement, Meeting, Override, Role } from '../model/index.js';
import { periodFromLabel } from '../time/period-label.js';
import { addInterval } from '../time/recurring.js';
import { memberTest, nextMemberIndex, sideOf } from './membership.js';

// SPEC section 12: who holds each role of a body on a date. Pure: the data and a date in, a
// holder (a party or side id) and the last day of its term out.

export interface RoleHolder {
  holder: string;
  /** The last day of the term or override; null for a per-meeting rotation or a fixed holder. */
  until: CalendarDate | null;
}

export interface RoleOwner {
  roles?: Record<string, Role> | null;
  overrides?: Override[] | null;
}

export interface RoleContext {
  agreement: Agreement;
  bodyId: string;
  roles: Readonly<Record<string, Role>>;
  overrides: readonly Override[];
  /** Held meetings of the body, oldest first; those of one day by id (as heldWithHost). */
  held: readonly Meeting[];
}

/**
 * A body's roles: its `roles`, and for `host: rotate` (section 2), unless `roles.host` says
 * otherwise, `host: { rotate: parties, per: meeting, order: rotation }`.
 */
export function rolesOf(
  owner: RoleOwner & { host?: string | null; rotation?: string[] | null },
): Record<string, Role> {
  const roles: Record<string, Role> = { ...(owner.roles ?? {}) };
  if (owner.host === 'rotate' && !roles.host)
    roles.host = {
      rotate: 'parties',
      per: 'meeting',
      ...(owner.rotation?.length ? { order: owner.rotation } : {}),
    };
  return roles;
}

export function roleContext(
  agreement: Agreement,
  bodyId: string,
  owner: RoleOwner & { host?: string | null; rotation?: string[] | null },
  meetings: readonly Meeting[],
): RoleContext {
  const held = meetings
    .filter((m) => m.body === bodyId && m.status === 'held')
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  return { agreement, bodyId, roles: rolesOf(owner), overrides: owner.overrides ?? [], held };
}

/** The order of a rotation: its `order`, else the order of `parties` or `sides`. */
export function orderOf(agreement: Agreement, role: Role): string[] {
  if (role.order && role.order.length > 0) return role.order;
  return role.rotate === 'sides'
    ? (agreement.sides ?? []).map((s) => s.id)
    : agreement.parties.map((p) => p.id);
}

/**
 * The holder of `role` on `date`. `heldUntil`: the last day whose held meetings count for a
 * per-meeting rotation (the day before the meeting asked about; as-of for status).
 */
export function holderOn(
  ctx: RoleContext,
  role: string,
  date: CalendarDate,
  heldUntil: CalendarDate = addDays(date, -1),
  depth = 0,
): RoleHolder | null {
  // `same` and `opposite` may point in a circle (the roles rule says so): give up, not loop.
  if (depth > Object.keys(ctx.roles).length) return null;
  for (const o of ctx.overrides) {
    if (o.role !== role) continue;
    const period = periodFromLabel(String(o.period));
    if (period && period.start <= date && date <= period.end) return { holder: o.holder, until: period.end };
  }
  const spec = ctx.roles[role];
  if (!spec) return null;
  if (spec.fixed) return { holder: spec.fixed, until: null };
  if (spec.same) return holderOn(ctx, spec.same, date, heldUntil, depth + 1);
  if (spec.opposite) {
    const other = holderOn(ctx, spec.opposite, date, heldUntil, depth + 1);
    const holder = other && oppositeOf(ctx.agreement, other.holder);
    return holder && other ? { holder, until: other.until } : null;
  }
  if (!spec.rotate) return null;
  if (spec.every) return termHolder(ctx.agreement, spec, date);
  if (spec.per === 'meeting') return meetingHolder(ctx, role, spec, date, heldUntil);
  return null;
}

/** The other of exactly two sides (or, with no sides, of exactly two parties). */
export function oppositeOf(agreement: Agreement, holder: string): string | null {
  const sides = agreement.sides ?? [];
  if (sides.length > 0) {
    const side = sideOf(agreement, holder);
    if (sides.length !== 2 || !side) return null;
    return sides.find((s) => s.id !== side)?.id ?? null;
  }
  if (agreement.parties.length !== 2) return null;
  return agreement.parties.find((p) => p.id !== holder)?.id ?? null;
}

/**
 * A term rotation: term k runs from `from` plus k terms. The first term goes to the first member
 * of the order, each next term to the next member after the last holder, going round; membership
 * is that of the term's first day. With the same members throughout this is section 12's
 * `order[floor((D - from) / every) mod len(order)]`; a party that leaves is skipped from its next
 * term on, and one that leaves during its own term hands the rest of it to the next member.
 */
function termHolder(agreement: Agreement, spec: Role, date: CalendarDate): RoleHolder | null {
  const length = parseCadence(`every ${spec.every}`);
  if (length?.kind !== 'rolling' || !spec.from || date < spec.from) return null;
  const order = orderOf(agreement, spec);
  if (order.length === 0) return null;
  const member = memberTest(agreement, spec.rotate ?? 'parties');
  const from = spec.from as CalendarDate;
  let start = from;
  let at = -1;
  for (let k = 1; ; k++) {
    at = nextMemberIndex(order, at, (id) => member(id, start));
    const next = addInterval(from, length.unit, length.n * k);
    if (date < next) {
      const until = addDays(next, -1);
      const holder = order[at]!;
      const handOver = !member(holder, date) && order.some((id) => member(id, date));
      return {
        holder: handOver ? order[nextMemberIndex(order, at, (id) => member(id, date))]! : holder,
        until,
      };
    }
    start = next;
  }
}

/**
 * Section 4's rotation, for any role: the one after the last held meeting's. For the host, the
 * host that meeting recorded (or its side); for another role, the number of held meetings counts
 * the turns, since meetings record only their host.
 */
function meetingHolder(
  ctx: RoleContext,
  role: string,
  spec: Role,
  date: CalendarDate,
  heldUntil: CalendarDate,
): RoleHolder | null {
  const order = orderOf(ctx.agreement, spec);
  if (order.length === 0) return null;
  const held = ctx.held.filter((m) => m.date <= heldUntil);
  let previous: number;
  if (role === 'host') {
    const last = held.filter((m) => m.host).at(-1)?.host;
    const id = last && spec.rotate === 'sides' ? sideOf(ctx.agreement, last) : last;
    previous = id ? order.indexOf(id) : -1;
  } else previous = held.length - 1;
  const member = memberTest(ctx.agreement, spec.rotate ?? 'parties');
  return {
    holder: order[nextMemberIndex(order, previous % order.length, (id) => member(id, date))]!,
    until: null,
  };
}
