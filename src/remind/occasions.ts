import { compareText } from '../compare.js';
import { type CalendarDate, yearOf } from '../dates.js';
import { holderOn, roleContext } from '../domain/roles.js';
import type { Body } from '../model/agreement.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';

// SPEC section 13: `bodies.<id>.agenda[]` items `{ item, at }` belong on the meetings of one
// occasion: `first-of-year` (the body's first meeting of a calendar year), `last-of-year`,
// `first-of-term` (the first meeting on or after the start of a term of the body's `leader` role,
// or of its members' terms). Occasions count held and planned meetings, not cancelled ones.

export type Occasion = 'every' | 'first-of-year' | 'last-of-year' | 'first-of-term';

/** The meeting a draft agenda is for. */
export interface AgendaMeeting {
  /** The recorded (planned) meeting's id; null for one not planned yet, on its suggested date. */
  id: string | null;
  date: CalendarDate;
  /**
   * Whether it is the last one its body must hold in the year: for a meeting not planned yet, the
   * obligation it answers closes the year and needs no other meeting; for a recorded one, no slot
   * of the year is left open after it (left out: taken as the last). Recorded meetings after it
   * still make it not the last.
   */
  closesYear?: boolean;
}

/** The occasions of `meeting` among the body's held and planned meetings. */
export function occasionsOf(
  data: AgreementData,
  bodyId: string,
  body: Body,
  meeting: AgendaMeeting,
): Set<Occasion> {
  const others = allMeetings(data)
    .map(({ meeting: m }) => m)
    .filter((m) => m.body === bodyId && m.status !== 'cancelled' && m.id !== meeting.id)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  // Before or after the meeting: on one day, the meeting with the smaller id comes first.
  const before = (m: Meeting) =>
    m.date < meeting.date || (m.date === meeting.date && meeting.id !== null && m.id < meeting.id);
  const year = yearOf(meeting.date);
  const earlier = others.filter(before);
  const later = others.filter((m) => !before(m));
  const out = new Set<Occasion>(['every']);
  if (!earlier.some((m) => yearOf(m.date as CalendarDate) === year)) out.add('first-of-year');
  const lastRecorded = !later.some((m) => yearOf(m.date as CalendarDate) === year);
  const closes = meeting.id !== null ? meeting.closesYear !== false : meeting.closesYear === true;
  if (lastRecorded && closes) out.add('last-of-year');
  if (firstOfTerm(data, bodyId, body, meeting.date, earlier.at(-1) ?? null)) out.add('first-of-term');
  return out;
}

/** A term of the leader role, or of a member, starts after the body's previous meeting, on or before this one. */
function firstOfTerm(
  data: AgreementData,
  bodyId: string,
  body: Body,
  date: CalendarDate,
  previous: Meeting | null,
): boolean {
  const meetings = allMeetings(data).map(({ meeting: m }) => m);
  const ctx = roleContext(data.agreement, bodyId, body, meetings);
  const term = holderOn(ctx, 'leader', date);
  // A fixed holder or a per-meeting rotation has no terms (until is null).
  if (term?.until) {
    if (!previous) return true;
    const before = holderOn(ctx, 'leader', previous.date as CalendarDate);
    if (before?.until !== term.until) return true;
  }
  // Members' terms (`bodies.<id>.members`, people[].term.from), where the agreement names members.
  const members = body.members ?? [];
  if (members.length === 0) return false;
  const ids = new Set(members);
  return (data.people?.people ?? []).some((p) => {
    const from = p.term?.from;
    return ids.has(p.id) && from != null && from <= date && (!previous || from > previous.date);
  });
}
