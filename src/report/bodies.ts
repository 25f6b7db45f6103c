import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { formatSubject } from '../domain/subject.js';
import { parseCadence } from '../model/cadence.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { minutesOf } from '../model/minutes.js';
import { areaOf, facts, type Lookup, missedIn } from './facts.js';
import type { BodyReport, GroupReport, MeetingRef, ReportPeriod } from './model.js';
import { within } from './period.js';

const ref = (m: Meeting): MeetingRef => ({
  id: m.id,
  date: m.date as CalendarDate,
  title: m.title ?? null,
  // A text stays as written (an empty one too); the object form gives its ref.
  minutes: typeof m.minutes === 'string' ? m.minutes : minutesOf(m).ref,
  // SPEC section 14: why it was cancelled (`record cancel --reason`), for the report's reader.
  ...(m.status === 'cancelled' && m.cancelled?.reason ? { reason: m.cancelled.reason } : {}),
});

/**
 * Meetings a calendar or counted cadence requires in the period: its count in every period of the
 * cadence that closes within the report period, read from the body's occurrences (so from the
 * start of the clock on, and not after the agreement's last day; a period still running at the
 * end falls due in a later report). A rolling cadence has deadlines, not a number per period: null.
 */
export function requiredMeetings(track: Track | undefined, period: ReportPeriod): number | null {
  const cadence = track?.cadence;
  if (!track || cadence?.kind !== 'period') return null;
  const closing = new Set(
    track.occurrences
      .filter((o) => o.deadline >= period.from && o.deadline <= period.to)
      .map((o) => o.period),
  );
  return closing.size * cadence.count;
}

function bodyReport(
  meetings: readonly Meeting[],
  period: ReportPeriod,
  find: Lookup,
  tracks: readonly Track[],
  body: { id: string; name: string; meets: string | null | undefined; group: boolean },
): BodyReport {
  const own = meetings.filter((m) => m.body === body.id && within(m.date, period));
  const of = (status: Meeting['status']) => own.filter((m) => m.status === status).map(ref);
  const o = find(formatSubject({ kind: 'meeting', body: body.id }));
  return {
    id: body.id,
    name: body.name,
    workingGroup: body.group,
    cadence: body.meets ? parseCadence(body.meets) : null,
    required: requiredMeetings(
      tracks.find((t) => t.subject.kind === 'meeting' && t.subject.body === body.id),
      period,
    ),
    // As of the last day only held meetings up to it count, as in the engine.
    held: of('held'),
    cancelled: of('cancelled'),
    planned: of('planned'),
    missed: missedIn(o, period),
    obligation: facts(o),
  };
}

/** Every body of clause 4, then the working groups that have a cadence or met in the period. */
export function bodyReports(
  data: AgreementData,
  period: ReportPeriod,
  find: Lookup,
  tracks: readonly Track[],
): BodyReport[] {
  const meetings = allMeetings(data)
    .map((m) => m.meeting)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
  const bodies = Object.entries(data.agreement.governance.bodies).map(([id, b]) =>
    bodyReport(meetings, period, find, tracks, { id, name: b.name, meets: b.meets, group: false }),
  );
  const groups = data.workingGroups
    .map((g) =>
      bodyReport(meetings, period, find, tracks, { id: g.id, name: g.name, meets: g.meets, group: true }),
    )
    .filter((b) => b.cadence !== null || b.held.length + b.cancelled.length + b.planned.length > 0);
  return [...bodies, ...groups];
}

/** Clause 4: working groups report regularly to the committee. */
export function groupReports(data: AgreementData, period: ReportPeriod, find: Lookup): GroupReport[] {
  const fallback = data.agreement.governance.workingGroups?.reporting ?? null;
  return data.workingGroups
    .filter((g) => !g.established || g.established.date <= period.to)
    .map((g) => {
      const o = find(formatSubject({ kind: 'report', group: g.id }));
      return {
        id: g.id,
        name: g.name,
        area: areaOf(data, g.area),
        leader: g.leader,
        cadence: cadenceOf((g.reporting !== undefined ? g.reporting : fallback) ?? null),
        reports: (g.reports ?? [])
          .filter((r) => within(r.date, period))
          .map((r) => ({ date: r.date as CalendarDate, summary: r.summary ?? null }))
          .sort((a, b) => compareText(a.date, b.date)),
        missed: missedIn(o, period),
        obligation: facts(o),
      };
    });
}

const cadenceOf = (text: string | null) => (text ? parseCadence(text) : null);
