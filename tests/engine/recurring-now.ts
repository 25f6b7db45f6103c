import type { CalendarDate } from '../../src/dates.js';
import { slots } from '../../src/domain/slots.js';
import type { Cadence } from '../../src/model/cadence.js';

/** The current occurrence of one recurring obligation, read from the one slot generator. */
export function recurring(input: {
  cadence: Cadence;
  start: CalendarDate;
  held: readonly CalendarDate[];
  planned: readonly CalendarDate[];
  asOf: CalendarDate;
}) {
  const events = [
    ...input.held.map((date) => ({ date, status: 'held' as const, meeting: null })),
    ...input.planned.map((date) => ({ date, status: 'planned' as const, meeting: null })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const { now } = slots({
    cadence: input.cadence,
    start: input.start,
    events,
    asOf: input.asOf,
    until: input.asOf,
    first: input.start,
    last: null,
  });
  if (!now) throw new Error('no current occurrence');
  return {
    deadline: now.occurrence.deadline,
    last: now.last,
    remaining: now.remaining,
    missed: now.missed,
    period: now.occurrence.period,
  };
}
