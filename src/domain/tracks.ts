import { addDays, type CalendarDate } from '../dates.js';
import type { AgreementData } from '../model/index.js';
import type { Track } from './occurrence.js';
import { dutyTracks } from './tracks-duties.js';
import { meetingTracks } from './tracks-meetings.js';
import { minutesTracks } from './tracks-minutes.js';
import {
  actionTracks,
  evaluationTracks,
  expiryTracks,
  measureTracks,
  reportTracks,
  termTracks,
} from './tracks-other.js';
import { prepareTracks } from './tracks-prepare.js';
import { withdrawalTracks } from './tracks-withdrawal.js';
import { noticesAsOf } from './withdrawal.js';

export interface TrackContext {
  asOf: CalendarDate;
  /** Slots are made at least up to this day (the year plan's last day; as-of for status). */
  until: CalendarDate;
  firstDay: CalendarDate;
  /** The agreement's last day (the day before validity.until), or null. */
  lastDay: CalendarDate | null;
  /** governance.trackedFrom: nothing before it is missed (SPEC section 14). */
  trackedFrom: CalendarDate | null;
}

/**
 * SPEC section 16: the one list of occurrences of an agreement, as of a date. Pure. Every subject
 * of section 4 in the order status lists them: meetings of the bodies and working groups,
 * evaluations, working-group reports, measures, actions, expiries, terms, withdrawals, duties,
 * minutes, preparing meetings (section 13). A new kind of obligation is a new track here (docs/architecture.md).
 */
export function occurrences(given: AgreementData, asOf: CalendarDate, until: CalendarDate = asOf): Track[] {
  // SPEC section 13: a notice dated after as-of is not given yet, for membership and obligation alike.
  const data = noticesAsOf(given, asOf);
  const until_ = data.agreement.validity.until;
  const ctx: TrackContext = {
    asOf,
    until,
    firstDay: data.agreement.validity.from as CalendarDate,
    lastDay: until_ ? addDays(until_ as CalendarDate, -1) : null,
    trackedFrom: (data.agreement.governance.trackedFrom ?? null) as CalendarDate | null,
  };
  const meetings = meetingTracks(data, ctx);
  return [
    ...meetings,
    ...evaluationTracks(data, ctx),
    ...reportTracks(data, ctx),
    ...measureTracks(data, ctx),
    ...actionTracks(data, ctx),
    ...expiryTracks(data, ctx),
    ...termTracks(data, ctx),
    ...dutyTracks(data, ctx),
    ...withdrawalTracks(data, ctx),
    ...minutesTracks(data, ctx, meetings),
    ...prepareTracks(data, ctx),
  ];
}
