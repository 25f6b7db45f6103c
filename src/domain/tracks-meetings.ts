import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import { parseCadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { heldUntilFor, holdersOf } from './holders.js';
import type { Occurrence, Track, TrackEvent } from './occurrence.js';
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
    const cadence = owner.meets ? parseCadence(owner.meets) : null;
    const made = cadence
      ? slots({
          cadence,
          start,
          events: events.filter((e) => e.status !== 'cancelled'),
          asOf: ctx.asOf,
          until: ctx.until,
          first: from,
          last: ctx.lastDay,
        })
      : { occurrences: [], now: null };
    const holdersOn = holdersOf(agreement, id, owner, meetings);
    const slotOf = new Map<TrackEvent, Occurrence>();
    for (const o of made.occurrences) {
      if (o.event) slotOf.set(o.event, o);
      if (!holdersOn) continue;
      if (o.event)
        o.holders = holdersOn(o.event.date, heldUntilFor(o.event.date, ctx.asOf), o.event.meeting?.host);
      else {
        // An open slot: the first day a meeting could still be held for it.
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
    if (made.now && holdersOn)
      made.now.holders =
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
      now: made.now,
    };
    return track;
  });
}
