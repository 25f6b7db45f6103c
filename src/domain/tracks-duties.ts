import type { CalendarDate } from '../dates.js';
import { parseDue } from '../model/cadence.js';
import { type AgreementData, allMeetings, type Duty } from '../model/index.js';
import type { Track, TrackEvent } from './occurrence.js';
import type { TrackContext } from './tracks.js';
import { recurringTrack } from './tracks-other.js';

// SPEC section 13: governance.duties, recurring duties that are not meetings ("årsregnskapet
// avlegges innen 15. februar"). A duty is done by an entry of duties.yaml or by a decision that
// fulfils it in a held meeting; with `at`, only by such a decision of a held meeting of that body,
// and a planned meeting of that body makes the duty `planned`. The clock starts at validity.from.

/** The days a duty was done, as of the track's as-of (slots drops what lies after it). */
function doneOn(data: AgreementData, duty: Duty): string[] {
  const decided = allMeetings(data)
    .filter(
      ({ meeting }) =>
        meeting.status === 'held' &&
        (!duty.at || meeting.body === duty.at) &&
        (meeting.decisions ?? []).some((d) => d.fulfils === duty.id),
    )
    .map(({ meeting }) => meeting.date);
  // With `at` the duty is the body's to do: an entry of duties.yaml does not do it.
  const entered = duty.at ? [] : data.duties.filter((d) => d.duty === duty.id).map((d) => d.date);
  return [...decided, ...entered];
}

/** Planned meetings of the duty's body, from as-of on: each may still do it. */
function plannedAt(data: AgreementData, duty: Duty, asOf: CalendarDate): TrackEvent[] {
  if (!duty.at) return [];
  return allMeetings(data)
    .filter(({ meeting }) => meeting.body === duty.at && meeting.status === 'planned' && meeting.date >= asOf)
    .map(({ meeting }) => ({ date: meeting.date as CalendarDate, status: 'planned', meeting }));
}

export function dutyTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const out: Track[] = [];
  for (const duty of data.agreement.governance.duties ?? []) {
    const track = recurringTrack(ctx, {
      subject: { kind: 'duty', duty: duty.id },
      title: { id: 'obligation.duty', params: { title: duty.title } },
      cadence: parseDue(duty.due),
      start: ctx.firstDay,
      dates: doneOn(data, duty),
      planned: plannedAt(data, duty, ctx.asOf),
      ...(duty.responsible && duty.responsible !== 'secretariat' ? { named: duty.responsible } : {}),
    });
    if (track) out.push(track);
  }
  return out;
}
