import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { occurrences } from '../domain/tracks.js';
import type { Obligation } from '../engine/obligation.js';
import { type ObligationState, STATE_ORDER } from '../engine/state.js';
import { type AgreementStatus, agreementStatus } from '../engine/status.js';
import type { LoadedAgreement } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import type { AgreementData } from '../model/index.js';
import { type Names, namesOf } from '../names/names.js';
import type { RunSpec } from './spec.js';

// `samarbeid status` as a use case: the engine's answer for every agreement, most urgent first,
// with the counts the views print. The formatters render this; they count, order and hide nothing.

export interface StatusEntry {
  path: string;
  /** Null when the agreement's data has errors that keep the engine from running. */
  status: AgreementStatus | null;
  /** Names of the agreement's parties, people, bodies and meetings, for the views people read. */
  names: Names;
  /** Every obligation, most urgent first. */
  ordered: Obligation[];
  /** What the text, Markdown and HTML views list: done ones only with --all. */
  shown: Obligation[];
  /** Done obligations left out of `shown`. */
  folded: number;
}

export interface Summary {
  /** SPEC section 14: meetings whose date has passed and that nobody recorded. */
  unrecorded: number;
  overdue: number;
  dueSoon: number;
  planned: number;
  ok: number;
}

export interface StatusResult {
  asOf: CalendarDate;
  entries: StatusEntry[];
  summary: Summary;
  /** An agreement could not be read: exit 1. */
  invalid: boolean;
}

/** Most urgent first: by state, then by days left. */
export function byUrgency(obligations: readonly Obligation[]): Obligation[] {
  return [...obligations].sort(
    (a, b) =>
      STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) ||
      a.daysLeft - b.daysLeft ||
      compareText(a.subject, b.subject),
  );
}

/** Whether the engine can answer for a loaded agreement: it has data and no errors. */
export function usable(loaded: LoadedAgreement): AgreementData | null {
  return loaded.data && !loaded.findings.some((f) => f.severity === 'error') ? loaded.data : null;
}

/** One agreement's occurrences and status as of the spec's day, for the use cases that need both. */
export function answerFor(
  data: AgreementData,
  workspace: Workspace,
  asOf: CalendarDate,
  until: CalendarDate = asOf,
): { tracks: Track[]; status: AgreementStatus } {
  const tracks = occurrences(data, asOf, until);
  return { tracks, status: agreementStatus(data, asOf, workspace.known, tracks) };
}

export function statusOf(workspace: Workspace, spec: Pick<RunSpec, 'asOf'>, all = false): StatusResult {
  const entries = workspace.agreements.map((loaded): StatusEntry => {
    const data = usable(loaded);
    const status = data ? answerFor(data, workspace, spec.asOf).status : null;
    const ordered = byUrgency(status?.obligations ?? []);
    const shown = all ? ordered : ordered.filter((o) => o.state !== 'done');
    return {
      path: loaded.display,
      status,
      names: namesOf(loaded.data),
      ordered,
      shown,
      folded: ordered.length - shown.length,
    };
  });
  const every = entries.flatMap((e) => e.ordered);
  const count = (s: ObligationState) => every.filter((o) => o.state === s).length;
  return {
    asOf: spec.asOf,
    entries,
    summary: {
      unrecorded: count('unrecorded'),
      overdue: count('overdue'),
      dueSoon: count('due-soon'),
      planned: count('planned'),
      ok: count('ok'),
    },
    invalid: entries.some((e) => e.status === null),
  };
}

/** --fail-on: whether any obligation is in one of the failing states. */
export function failsOn(result: StatusResult, failing: readonly ObligationState[]): boolean {
  return result.entries.some((e) => e.ordered.some((o) => failing.includes(o.state)));
}
