import { compareText } from '../compare.js';
import type { Agreement, Meeting } from '../model/index.js';

// Clause 4: "Koordineringen av møtene på toppledernivå alternerer årlig." Generalised to any number
// of parties: the next host is the party after the last held meeting's host in the rotation order.

/** The rotation order of a body: its `rotation`, else the order of the parties. */
export function rotationOrder(agreement: Agreement, bodyId: string): string[] {
  const rotation = agreement.governance.bodies[bodyId]?.rotation;
  return rotation && rotation.length > 0 ? rotation : agreement.parties.map((p) => p.id);
}

export function isRotating(agreement: Agreement, bodyId: string): boolean {
  return agreement.governance.bodies[bodyId]?.host === 'rotate';
}

export function nextHost(order: readonly string[], lastHost: string | null | undefined): string | null {
  if (order.length === 0) return null;
  const at = lastHost ? order.indexOf(lastHost) : -1;
  return order[(at + 1) % order.length] ?? null;
}

/**
 * Held meetings of a body with a recorded host, oldest first. Meetings of one day are ordered by
 * id (docs/obligations.md): something the user sees in every listing, and the same however the
 * meetings are spread over files.
 */
export function heldWithHost(meetings: readonly Meeting[], bodyId: string): Meeting[] {
  return meetings
    .filter((m) => m.body === bodyId && m.status === 'held' && m.host)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
}

/** The host due for a meeting of the body on `date`, from the last held meeting before it. */
export function hostDueOn(
  agreement: Agreement,
  meetings: readonly Meeting[],
  bodyId: string,
  date: string,
): string | null {
  const before = heldWithHost(meetings, bodyId).filter((m) => m.date < date);
  return nextHost(rotationOrder(agreement, bodyId), before.at(-1)?.host);
}
