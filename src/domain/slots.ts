import { type CalendarDate, ymd } from '../dates.js';
import type { Cadence } from '../model/cadence.js';
import { nextPeriod, periodOf } from '../time/periods.js';
import { addInterval } from '../time/recurring.js';
import type { Now, Occurrence, TrackEvent } from './occurrence.js';

// The slots of a recurring obligation (SPEC sections 3 and 4). Calendar and counted cadences: every
// period from the one that holds the start of the clock needs `count` events; its slots are filled
// by the period's events in date order (more events, more slots). Rolling cadences: each event is
// due within the interval after the one before, the start of the clock counting as the first.

export interface SlotInput {
  cadence: Cadence;
  /** Start of the clock: validity.from, adoption or establishment. */
  start: CalendarDate;
  /** Events that may fill slots (not cancelled), by date. */
  events: readonly TrackEvent[];
  asOf: CalendarDate;
  /** Slots are made at least up to this day. */
  until: CalendarDate;
  /** The agreement's first and last day (null: open-ended): no open slot falls due outside them. */
  first: CalendarDate;
  last: CalendarDate | null;
  /**
   * governance.trackedFrom (SPEC section 14): a period that ends before it is never missed, nor shown
   * as an open deadline; a rolling gap closed before it is dropped, one open across it counts from it.
   */
  tracked?: CalendarDate | null;
}

export interface Slots {
  occurrences: Occurrence[];
  now: Now | null;
}

const counts = (e: TrackEvent, asOf: CalendarDate) => e.status === 'held' && e.date <= asOf;
const ahead = (e: TrackEvent, asOf: CalendarDate) => e.status === 'planned' && e.date >= asOf;

export function slots(input: SlotInput): Slots {
  return input.cadence.kind === 'period' ? periodSlots(input) : rollingSlots(input);
}

function lastHeld(input: SlotInput): CalendarDate | null {
  return input.events.filter((e) => counts(e, input.asOf)).at(-1)?.date ?? null;
}

function nextPlanned(input: SlotInput): CalendarDate | null {
  return input.events.find((e) => ahead(e, input.asOf))?.date ?? null;
}

/**
 * A period's deadline: its last day, or with `by` (SPEC section 13, yearly cadences) that day of
 * its year; 02-29 is 28 February in a common year. The period still runs the whole year: a later
 * meeting counts for it (late, not missed).
 */
function byDay(cadence: Cadence, p: { start: CalendarDate; end: CalendarDate }): CalendarDate {
  if (cadence.kind !== 'period' || !cadence.by) return p.end;
  const year = Number(p.start.slice(0, 4));
  const [month, day] = cadence.by.split('-').map(Number) as [number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return ymd(year, month, month === 2 && day === 29 && !leap ? 28 : day);
}

function periodSlots(input: SlotInput): Slots {
  const { cadence, asOf, events } = input;
  const tracked = input.tracked ?? null;
  if (cadence.kind !== 'period') throw new Error('not a calendar cadence');
  const within = (deadline: CalendarDate) =>
    deadline >= input.first && (input.last === null || deadline <= input.last);
  const first = periodOf(cadence.unit, input.start);
  const heldIn = (from: CalendarDate, to: CalendarDate) =>
    events.filter((e) => counts(e, asOf) && e.date >= from && e.date <= to).length;
  // The period whose events are still needed: the one of as-of, or the next once it is met.
  let current = periodOf(cadence.unit, asOf < input.start ? input.start : asOf);
  if (heldIn(current.start, current.end) >= cadence.count) current = nextPeriod(cadence.unit, current);
  const end = input.until > current.end ? input.until : current.end;

  const occurrences: Occurrence[] = [];
  const missed: string[] = [];
  let at = 0;
  for (let p = first; p.start <= end; p = nextPeriod(cadence.unit, p)) {
    while (at < events.length && events[at]!.date < p.start) at++;
    const inPeriod: TrackEvent[] = [];
    for (let i = at; i < events.length && events[i]!.date <= p.end; i++) inPeriod.push(events[i]!);
    const untracked = tracked !== null && p.end < tracked;
    if (p.start < current.start && within(p.end) && !untracked && heldIn(p.start, p.end) < cadence.count)
      missed.push(p.label);
    const deadline = byDay(cadence, p);
    const wanted = Math.max(cadence.count, inPeriod.length);
    const open = wanted - inPeriod.length;
    for (let k = 1; k <= wanted; k++) {
      const event = inPeriod[k - 1] ?? null;
      if (!event && (!within(deadline) || (untracked && p.end < asOf))) continue;
      occurrences.push({
        slot: k === 1 ? p.label : `${p.label}#${k}`,
        period: p.label,
        deadline,
        window: { from: p.start, to: p.end },
        event,
        spread: [open, k - 1 - inPeriod.length],
        holders: null,
      });
    }
  }
  const mine = occurrences.filter((o) => o.period === current.label);
  const occurrence = mine.find((o) => !(o.event && counts(o.event, asOf)));
  if (!occurrence) return { occurrences, now: null };
  return {
    occurrences,
    now: {
      occurrence,
      remaining: cadence.count - heldIn(current.start, current.end),
      planned: events.filter((e) => ahead(e, asOf) && e.date >= current.start && e.date <= current.end)
        .length,
      done: false,
      unrecorded: null,
      missed,
      last: lastHeld(input),
      next: nextPlanned(input),
      holders: null,
    },
  };
}

function rollingSlots(input: SlotInput): Slots {
  const { cadence, asOf } = input;
  if (cadence.kind !== 'rolling') throw new Error('not a rolling cadence');
  const after = (date: CalendarDate) => addInterval(date, cadence.unit, cadence.n);
  const within = (deadline: CalendarDate) =>
    deadline >= input.first && (input.last === null || deadline <= input.last);
  const occurrences: Occurrence[] = [];
  const missed: string[] = [];
  const slot = (n: number, from: CalendarDate, event: TrackEvent | null): Occurrence => {
    const deadline = after(from);
    return {
      slot: `#${n}`,
      period: deadline,
      deadline,
      window: { from, to: deadline },
      event,
      spread: [1, 0],
      holders: null,
    };
  };
  // What happened, from the start of the clock: each held event closes the slot before it.
  let previous = input.start;
  const chain = input.events.filter((e) => counts(e, asOf) && e.date >= input.start);
  chain.forEach((event, i) => {
    const o = slot(i + 1, previous, event);
    occurrences.push(o);
    const tracked = input.tracked ?? null;
    if (event.date > o.deadline && !(tracked && event.date < tracked))
      missed.push(`${tracked && o.deadline < tracked ? tracked : o.deadline}/${event.date}`);
    previous = event.date;
  });
  // What is ahead: the events not held yet (planned, and planned ones whose date has passed) fill
  // the next slots in order; an open slot is assumed met on its deadline, to place the one after it.
  const upcoming = input.events.filter((e) => !counts(e, asOf) && e.date >= previous);
  let n = chain.length + 1;
  const current = slot(n, previous, upcoming[0] ?? null);
  if (!current.event && !within(current.deadline)) return { occurrences, now: null };
  occurrences.push(current);
  const now: Now = {
    occurrence: current,
    remaining: 1,
    planned: upcoming.filter((e) => ahead(e, asOf) && e.date <= current.deadline).length,
    done: false,
    unrecorded: null,
    missed,
    last: lastHeld(input),
    next: nextPlanned(input),
    holders: null,
  };
  let o = current;
  for (let j = 1; o.deadline <= input.until && j < 400; j++) {
    o = slot(++n, o.event?.date ?? o.deadline, upcoming[j] ?? null);
    if (!o.event && !within(o.deadline)) break;
    occurrences.push(o);
  }
  return { occurrences, now };
}
