import type { CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { secretariatOn } from '../domain/secretariat.js';
import { occurrences } from '../domain/tracks.js';
import type { AgreementData } from '../model/index.js';
import { type AgreementState, agreementState } from './agreement-state.js';
import type { Obligation } from './obligation.js';
import { daysLeft, obligationState } from './state.js';

export interface AgreementStatus {
  id: string;
  title: string;
  path: string;
  state: AgreementState;
  from: CalendarDate;
  until: CalendarDate | null;
  obligations: Obligation[];
}

export const DEFAULT_REMIND_DAYS = 30;
export { DEFAULT_NOTICE_DAYS } from '../domain/notice.js';

export const isLive = (state: AgreementState) => state === 'active' || state === 'expiring';

/** The state of a track's current occurrence as of a date (SPEC section 4); null where nothing is required. */
export function obligationOf(track: Track, asOf: CalendarDate, remindDaysBefore: number): Obligation | null {
  const now = track.now;
  if (!now) return null;
  const { occurrence } = now;
  const o: Obligation = {
    subject: track.id,
    about: track.subject,
    kind: track.kind,
    title: track.title,
    state: obligationState({
      asOf,
      deadline: occurrence.deadline,
      done: now.done,
      unrecorded: now.unrecorded !== null,
      plannedInWindow: now.planned,
      needed: now.remaining,
      remindDaysBefore,
    }),
    deadline: occurrence.deadline,
    daysLeft: daysLeft(asOf, occurrence.deadline),
    last: now.last,
    planned: now.next,
    missed: now.missed,
    period: occurrence.period,
    slot: occurrence.slot,
  };
  if (track.cadence?.kind === 'period') o.remaining = now.remaining;
  if (now.unrecorded) o.unrecorded = now.unrecorded;
  if (track.body) o.body = track.body;
  if (track.named) o.named = track.named;
  const holders = now.holders;
  if (holders) {
    if (holders.host !== undefined) o.host = holders.host;
    if (holders.roles) o.roles = holders.roles;
    o.holdersOn = holders.on;
  }
  return o;
}

/** Pure: the state and obligations of one agreement as of a date, read from its occurrences. */
export function agreementStatus(
  data: AgreementData,
  asOf: CalendarDate,
  workspace: ReadonlyArray<{ id: string; supersedes: string | null; from: string | null }>,
  tracks: readonly Track[] = occurrences(data, asOf),
): AgreementStatus {
  const { agreement } = data;
  const state = agreementState(agreement, asOf, workspace);
  const remindDaysBefore = agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  // Expired, superseded and not-yet-valid agreements report only their own state.
  const obligations = isLive(state)
    ? tracks.flatMap((t) => {
        const o = obligationOf(t, asOf, remindDaysBefore);
        if (!o) return [];
        // The same day the reminders take their recipients on (src/remind/reminders.ts).
        const holder = agreement.governance.secretariat && secretariatOn(data, o.holdersOn ?? asOf).holder;
        if (holder) o.secretariat = holder;
        return [o];
      })
    : [];
  return {
    id: agreement.id,
    title: agreement.title,
    path: data.folder,
    state,
    from: agreement.validity.from as CalendarDate,
    until: (agreement.validity.until ?? null) as CalendarDate | null,
    obligations,
  };
}
