import type { Obligation } from './obligation.js';

/**
 * Who is to act on an obligation: the person or party the item names (a measure's responsible, an
 * action's owner, a working group's leader), the host of a rotating body (clause 4: the host column
 * of the other views is this one), the parties for the agreement's own expiry (clause 9), else the
 * secretariat, which coordinates and prepares the work (clause 4). The views word it.
 */
export type Responsible =
  | { kind: 'named'; id: string }
  | { kind: 'host'; holder: string }
  | { kind: 'parties' }
  | { kind: 'secretariat'; holder?: string };

export function responsibleFor(o: Obligation): Responsible {
  if (o.named) return { kind: 'named', id: o.named };
  if (o.host) return { kind: 'host', holder: o.host };
  if (o.kind === 'agreement') return { kind: 'parties' };
  return o.secretariat ? { kind: 'secretariat', holder: o.secretariat } : { kind: 'secretariat' };
}
