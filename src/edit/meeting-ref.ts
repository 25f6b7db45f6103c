import { compareText } from '../compare.js';
import { parseDateArgument } from '../dates.js';
import { closest } from '../load/suggest.js';
import { allMeetings, type LocatedMeeting, type Meeting } from '../model/index.js';
import { usage } from './change.js';
import type { RecordContext } from './context.js';

// SPEC section 14: wherever a command takes a meeting, `BODY@DATE` (`middle@10.02.2027`) names it
// as well as its id, in `M/ID` too (`middle@10.02.2027/kartlegging`). A moved meeting keeps its id,
// so the form by date is how people name it after a move. Resolved once, at the command line, so
// that every planner and every value written sees the meeting's id and nothing else.

/** How a meeting can be named by date, in the date form every output writes: `middle@10.02.2027`. */
export const byDate = (m: Meeting) =>
  `${m.body}@${m.date.slice(8, 10)}.${m.date.slice(5, 7)}.${m.date.slice(0, 4)}`;

/** The id of the meeting that `given` names: an id as it is, or BODY@DATE resolved. */
export function meetingRef(ctx: RecordContext, given: string): string;
export function meetingRef(ctx: RecordContext, given: string | undefined): string | undefined;
export function meetingRef(ctx: RecordContext, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const at = given.indexOf('@');
  if (at < 0) return given;
  const body = given.slice(0, at);
  const date = parseDateArgument(given.slice(at + 1));
  if (date === null) throw usage('edit.meeting-ref-form', { given });
  const owners = [
    ...Object.keys(ctx.data.agreement.governance.bodies),
    ...ctx.data.workingGroups.map((g) => g.id),
  ];
  if (!owners.includes(body)) {
    throw usage('edit.meeting-ref-body', { body, owners: owners.join(', ') });
  }
  const ofBody = allMeetings(ctx.data).filter((m) => m.meeting.body === body);
  const same = ofBody.filter((m) => m.meeting.date === date);
  if (same.length === 1) return same[0]!.meeting.id;
  if (same.length > 1)
    throw usage('edit.meeting-ref-several', { given, ids: same.map((m) => m.meeting.id).join(', ') });
  throw usage('edit.meeting-ref-none', { given, near: nearest(ofBody, date) });
}

/** `M/ID` with its meeting part resolved as `meetingRef` does. */
export function meetingPathRef(ctx: RecordContext, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const cut = given.lastIndexOf('/');
  if (cut < 0) return given;
  return `${meetingRef(ctx, given.slice(0, cut))}${given.slice(cut)}`;
}

/** The body's meetings nearest a date, at most three, as `id (BODY@DATE)`; '-' when it has none. */
function nearest(meetings: readonly LocatedMeeting[], date: string): string {
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(date));
  const near = [...meetings]
    .sort(
      (a, b) =>
        distance(a.meeting.date) - distance(b.meeting.date) || compareText(a.meeting.id, b.meeting.id),
    )
    .slice(0, 3)
    .map((m) => `${m.meeting.id} (${byDate(m.meeting)})`);
  return near.length > 0 ? near.join(', ') : '-';
}

/**
 * What to offer for a meeting id that names nothing: a meeting of that body on the date the id
 * was made from (it was moved), else the closest id by spelling.
 */
export function meetingSuggestion(meetings: readonly LocatedMeeting[], id: string): string | null {
  const made = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(id);
  if (made) {
    const [, date, body] = made as unknown as [string, string, string];
    const moved = meetings.filter((m) => m.meeting.body === body && m.meeting.date === date);
    if (moved.length === 1) return `${moved[0]!.meeting.id} (${byDate(moved[0]!.meeting)})`;
  }
  const near = closest(
    id,
    meetings.map((m) => m.meeting.id),
  );
  const found = meetings.find((m) => m.meeting.id === near);
  return found ? `${found.meeting.id} (${byDate(found.meeting)})` : null;
}
