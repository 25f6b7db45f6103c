import { involves } from '../domain/holders.js';
import { occurrences } from '../domain/tracks.js';
import { noticesAsOf } from '../domain/withdrawal.js';
import { agreementState } from '../engine/agreement-state.js';
import { isLive } from '../engine/status.js';
import type { Workspace } from '../load/workspace.js';
import { type Names, namesOf } from '../names/names.js';
import { recordedFacts } from '../plan/facts.js';
import { type IsHoliday, workingDays } from '../plan/working-days.js';
import type { PlanEvent } from '../plan/year-plan.js';
import { yearPlan } from '../plan/year-plan.js';
import type { RunSpec } from './spec.js';
import { usable } from './status.js';
import { UsageError } from './usage-error.js';

export interface CalendarEntry {
  id: string;
  title: string;
  events: PlanEvent[];
  names: Names;
  /** Body ids in the agreement's order, working groups apart: the rings of the årshjul. */
  bodies: string[];
  groups: string[];
  /** How much the agreement has recorded (src/plan/facts.ts): part of the feed's SEQUENCE. */
  facts: number;
}

export interface CalendarResult {
  entries: CalendarEntry[];
  folders: string[];
  invalid: string[];
}

/**
 * `samarbeid calendar` as a use case: the year plan of every agreement for the spec's period, read
 * from the occurrences status reads; --body keeps one body's events, --party the events that involve
 * a party (a side's turn involves its members). A body or party no agreement has is a usage error.
 */
export function calendarOf(workspace: Workspace, spec: RunSpec, isHoliday: IsHoliday): CalendarResult {
  const { from, to } = spec.range;
  const result: CalendarResult = { entries: [], folders: [], invalid: [] };
  let bodyKnown = spec.body === undefined;
  let partyKnown = spec.party === undefined;
  for (const loaded of workspace.agreements) {
    const data = usable(loaded);
    if (!data) {
      result.invalid.push(loaded.display);
      continue;
    }
    const { agreement } = data;
    const bodies = Object.keys(agreement.governance.bodies);
    const groups = data.workingGroups.map((g) => g.id);
    if (spec.body !== undefined && [...bodies, ...groups].includes(spec.body)) bodyKnown = true;
    if (spec.party !== undefined && agreement.parties.some((p) => p.id === spec.party)) partyKnown = true;
    // The plan reads the occurrences as status does; it needs no states of its own.
    const tracks = occurrences(data, spec.asOf, to);
    // SPEC section 13: a side's members as of as-of, as the occurrences read them.
    const members = noticesAsOf(data, spec.asOf).agreement;
    const events = yearPlan({
      data,
      asOf: spec.asOf,
      from,
      to,
      days: workingDays(isHoliday, agreement.governance.calendar),
      live: isLive(agreementState(agreement, spec.asOf, workspace.known)),
      tracks,
    }).filter(
      (e) =>
        (spec.body === undefined || e.body === spec.body) &&
        (spec.party === undefined || involves(members, e.party, spec.party, e.date)),
    );
    result.folders.push(loaded.display);
    result.entries.push({
      id: agreement.id,
      title: agreement.title,
      events,
      names: namesOf(data),
      bodies,
      groups,
      facts: recordedFacts(data),
    });
  }
  if (!bodyKnown) throw new UsageError({ id: 'calendar.unknown-body', params: { body: spec.body ?? '' } });
  if (!partyKnown)
    throw new UsageError({ id: 'calendar.unknown-party', params: { party: spec.party ?? '' } });
  return result;
}
