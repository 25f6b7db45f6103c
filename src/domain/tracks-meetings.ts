import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import { parseDue } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { heldUntilFor, holdersOf } from './holders.js';
import type { Now, Occurrence, Track, TrackEvent } from './occurrence.js';
import { slots } from './slots.js';
import { formatSubject, type Subject } from './subject.js';
import type { TrackContext } from './tracks.js';

function eventOf(meeting: Meeting, asOf: CalendarDate): TrackEvent {
  const date = meeting.date as CalendarDate;
  const status =
    meeting.status === 'planned'
      ? date < asOf
        ? 'stale'
        : 'planned'
      : meeting.status === 'held'
        ? 'held'
        : 'cancelled';
  return { date, status, meeting };
}

/**
 * The meetings of every body of clause 4 and every working group: a track each, with a slot for
 * every meeting the cadence requires, and every meeting of the body (cancelled ones too) with its
 * slot and holders, also where the body has no cadence.
 */
export function meetingTracks(data: AgreementData, ctx: TrackContext): Track[] {
  const meetings = allMeetings(data).map((m) => m.meeting);
  const { agreement } = data;
  const from = agreement.validity.from as CalendarDate;
  const owners = [
    ...Object.entries(agreement.governance.bodies).map(([id, body]) => ({
      id,
      owner: body,
      name: body.name,
      start: from,
    })),
    ...data.workingGroups.map((g) => ({
      id: g.id,
      owner: g,
      name: g.name,
      start: (g.established?.date ?? from) as CalendarDate,
    })),
  ];
  return owners.map(({ id, owner, name, start }) => {
    const subject: Subject = { kind: 'meeting', body: id };
    const title: Message = { id: 'obligation.meeting', params: { body: name } };
    const events = meetings
      .filter((m) => m.body === id)
      .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
      .map((m) => eventOf(m, ctx.asOf));
    // SPEC section 13: a body's `by` is its yearly meetings' deadline inside the year.
    const cadence = owner.meets ? parseDue(owner.meets, 'by' in owner ? owner.by : null) : null;
    const made = cadence
      ? slots({
          cadence,
          start,
          events: events.filter((e) => e.status !== 'cancelled'),
          asOf: ctx.asOf,
          until: ctx.until,
          first: from,
          last: ctx.lastDay,
          tracked: ctx.trackedFrom,
        })
      : { occurrences: [], now: null };
    const holdersOn = holdersOf(agreement, id, owner, meetings);
    const slotOf = new Map<TrackEvent, Occurrence>();
    for (const o of made.occurrences) {
      if (o.event) slotOf.set(o.event, o);
      if (!holdersOn) continue;
      if (o.event)
        o.holders = holdersOn(o.event.date, heldUntilFor(o.event.date, ctx.asOf), o.event.meeting?.host);
      else if (o.deadline >= ctx.asOf) {
        // An open slot: the first day a meeting could still be held for it. A missed one has
        // none (no view shows a host for a meeting that was never held; the track's `now` gets
        // its own below), which keeps years of history cheap.
        const on = o.window.from > ctx.asOf ? o.window.from : o.window.to < ctx.asOf ? o.window.to : ctx.asOf;
        o.holders = holdersOn(on, ctx.asOf);
      }
    }
    const withHolders = events.map((event) => {
      const occurrence = slotOf.get(event) ?? null;
      const holders =
        occurrence?.holders ??
        (holdersOn ? holdersOn(event.date, heldUntilFor(event.date, ctx.asOf), event.meeting?.host) : null);
      return { event, occurrence, holders };
    });
    // SPEC section 14: a planned meeting whose date has passed is to be recorded as held or
    // cancelled. A body without a cadence has nothing due, but that still is.
    const stale = withHolders.find(
      (e) => e.event.status === 'stale' && (!ctx.trackedFrom || e.event.date >= ctx.trackedFrom),
    );
    let now = made.now;
    if (now) now.unrecorded = stale?.event.date ?? null;
    else if (stale) now = unrecordedOnly(stale, withHolders, ctx.asOf);
    if (now && holdersOn)
      now.holders =
        withHolders.find((e) => e.event.status === 'planned')?.holders ?? holdersOn(ctx.asOf, ctx.asOf);
    const track: Track = {
      subject,
      id: formatSubject(subject),
      kind: 'meeting',
      title,
      body: id,
      name,
      cadence,
      occurrences: made.occurrences,
      events: withHolders,
      now,
    };
    return track;
  });
}

/** What status reports for a body whose only due thing is a meeting nobody recorded. */
function unrecordedOnly(stale: Track['events'][number], events: Track['events'], asOf: CalendarDate): Now {
  const { event } = stale;
  const occurrence: Occurrence = stale.occurrence ?? {
    slot: event.meeting!.id,
    period: event.date,
    deadline: event.date,
    window: { from: event.date, to: event.date },
    event,
    spread: [1, 0],
    holders: stale.holders,
  };
  const held = events.filter((e) => e.event.status === 'held' && e.event.date <= asOf);
  return {
    occurrence,
    remaining: 1,
    planned: 0,
    done: false,
    unrecorded: event.date,
    missed: [],
    last: held.at(-1)?.event.date ?? null,
    next: events.find((e) => e.event.status === 'planned')?.event.date ?? null,
    holders: null,
  };
}
