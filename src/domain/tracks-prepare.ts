import { compareText } from '../compare.js';
import { addDays, type CalendarDate } from '../dates.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import type { Occurrence, Track, TrackEvent } from './occurrence.js';
import { formatSubject, kindOf, type Subject } from './subject.js';
import type { TrackContext } from './tracks.js';
import { meetingParam } from './tracks-other.js';

// SPEC section 13: "SSU er programkomité for partnarskapsmøtet", "FSU møtes om lag to veker før
// SSU". `bodies.<id>.prepares: { body, within: <n> days }`: for every planned or held meeting M of
// `body`, a held meeting of this body in [M − within, M] (both ends included). One track
// `prepare:<this body>:<M id>` per such M, due the day before M (M itself with `within: 0`); a
// planned meeting of this body in the window makes it `planned`. Meetings of `body` before
// governance.trackedFrom make none. Once M has passed unprepared, its window is listed as missed
// (an ISO interval, like a rolling gap); the state stays overdue.

/** `30 days` (or `1 day`) as a number of days; null for anything else. */
export function parseWithin(text: string | null | undefined): number | null {
  const m = /^([0-9]{1,3}) days?$/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

const byDate = (a: Meeting, b: Meeting) => compareText(a.date, b.date) || compareText(a.id, b.id);

/** The day before M, M itself with `within: 0`. */
const deadlineOf = (m: Meeting, within: number) =>
  within === 0 ? (m.date as CalendarDate) : addDays(m.date as CalendarDate, -1);

/** The meetings of `own` (by date) in [from, to]: a binary search, so long lists stay cheap. */
function between(own: readonly Meeting[], from: string, to: string): Meeting[] {
  let lo = 0;
  let hi = own.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (own[mid]!.date < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Meeting[] = [];
  for (let i = lo; i < own.length && own[i]!.date <= to; i++) out.push(own[i]!);
  return out;
}

export function prepareTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const bodies = data.agreement.governance.bodies;
  const preparing = Object.entries(bodies).filter(([id, b]) => {
    const target = b.prepares?.body;
    return target !== undefined && target !== id && bodies[target] !== undefined;
  });
  if (preparing.length === 0) return [];
  const meetings = allMeetings(data)
    .map(({ meeting }) => meeting)
    .sort(byDate);
  const out: Track[] = [];
  for (const [id, body] of preparing) {
    const within = parseWithin(body.prepares!.within);
    if (within === null) continue;
    const target = body.prepares!.body;
    const own = meetings.filter((m) => m.body === id && m.status !== 'cancelled');
    for (const m of meetings) {
      if (m.body !== target || m.status === 'cancelled') continue;
      // SPEC section 13: prepare: obligations of meetings before trackedFrom do not exist.
      if (ctx.trackedFrom !== null && m.date < ctx.trackedFrom) continue;
      // No occurrence falls due after the agreement's last day (docs/architecture.md).
      if (ctx.lastDay !== null && deadlineOf(m, within) > ctx.lastDay) continue;
      out.push(track(data, ctx, { id, name: body.name }, m, within, own));
    }
  }
  return out;
}

function track(
  data: AgreementData,
  ctx: TrackContext,
  body: { id: string; name: string },
  meeting: Meeting,
  within: number,
  own: readonly Meeting[],
): Track {
  const date = meeting.date as CalendarDate;
  const from = addDays(date, -within);
  const deadline = deadlineOf(meeting, within);
  const inWindow = between(own, from, date);
  // Only a held meeting on or before as-of prepares; the one closest to M is the one that did.
  const held = inWindow.filter((m) => m.status === 'held' && m.date <= ctx.asOf).at(-1);
  const planned = inWindow.filter((m) => m.status === 'planned' && m.date >= ctx.asOf);
  const event: TrackEvent | null = held
    ? { date: held.date as CalendarDate, status: 'held', meeting: held }
    : null;
  const subject: Subject = { kind: 'prepare', body: body.id, meeting: meeting.id };
  const occurrence: Occurrence = {
    slot: 'due',
    period: deadline,
    deadline,
    window: { from, to: date },
    event,
    spread: [1, 0],
    holders: null,
  };
  return {
    subject,
    id: formatSubject(subject),
    kind: kindOf(subject),
    title: { id: 'obligation.prepare', params: { body: body.name, meeting: meetingParam(data, meeting) } },
    body: body.id,
    name: body.name,
    cadence: null,
    occurrences: [occurrence],
    events: [],
    now: {
      occurrence,
      remaining: 1,
      planned: held ? 0 : planned.length,
      done: held !== undefined,
      unrecorded: null,
      // M has passed without a preparing meeting: the window closed, nothing can make up for it.
      missed: !held && date < ctx.asOf ? [`${from}/${date}`] : [],
      last: event?.date ?? null,
      next: held ? null : ((planned[0]?.date as CalendarDate | undefined) ?? null),
      holders: null,
    },
  };
}
