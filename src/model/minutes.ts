import type { Meeting } from './meetings.js';

// SPEC section 13: `governance.minutes` and a meeting's `minutes`, read the same way everywhere.

export const DEFAULT_MINUTES_DAYS = 14;

export type Approval = { kind: 'next-meeting' } | { kind: 'days'; days: number } | null;

export function parseApproval(text: string | null | undefined): Approval {
  if (!text) return null;
  if (text === 'next-meeting') return { kind: 'next-meeting' };
  const m = /^([0-9]{1,3}) days$/.exec(text);
  return m ? { kind: 'days', days: Number(m[1]) } : null;
}

export interface MinutesOf {
  /** The link or path, or null where none is written (`""` counts as none, as before). */
  ref: string | null;
  approved: string | null;
  at: string | null;
}

/** A meeting's minutes in one shape, whether written as a text or as `{ ref, approved, at }`. */
export function minutesOf(meeting: Pick<Meeting, 'minutes'>): MinutesOf {
  const m = meeting.minutes;
  if (m === null || m === undefined) return { ref: null, approved: null, at: null };
  if (typeof m === 'string') return { ref: m === '' ? null : m, approved: null, at: null };
  return { ref: m.ref ? m.ref : null, approved: m.approved ?? null, at: m.at ?? null };
}

/** Minutes count as there when a ref is written or they were approved (an approval implies a text). */
export const hasMinutes = (m: MinutesOf) => m.ref !== null || m.approved !== null;
