import type { CalendarDate } from '../dates.js';
import type { Changes } from '../diff/changes.js';
import { compareSides, type Side } from '../diff/compare.js';
import type { LoadedAgreement } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import type { MinutesFiles } from '../model/minutes-ref.js';
import { checkWorkspace } from './check.js';
import { answerFor, usable } from './status.js';

// `samarbeid diff` as a use case: each revision's workspace, however it was read, goes through
// the status of `status` and the findings of `validate` at the one as-of; the two results are
// then compared (src/diff/compare.ts). Nothing is computed for diff alone.

/** A side of the diff: `commit` null is the working tree; `name` as given (a branch for the default base). */
export interface Revision {
  name: string | null;
  commit: string | null;
}

export interface DiffResult {
  asOf: CalendarDate;
  base: Revision;
  head: Revision;
  changes: Changes;
}

/** One revision's answer: the engine's obligations and every finding, at `asOf`. */
export function sideOf(
  workspace: Workspace,
  asOf: CalendarDate,
  minutesFiles?: (loaded: LoadedAgreement) => MinutesFiles,
): Side {
  const agreements = workspace.agreements.map((loaded) => {
    const data = usable(loaded);
    return {
      path: loaded.display,
      id: loaded.id,
      title: loaded.data?.agreement.title ?? null,
      data: loaded.data,
      obligations: data ? answerFor(data, workspace, asOf).status.obligations : [],
    };
  });
  const findings = checkWorkspace(workspace, asOf, minutesFiles ? { minutesFiles } : {});
  return { agreements, findings };
}

export function diffOf(
  base: Side,
  head: Side,
  labels: { base: Revision; head: Revision },
  asOf: CalendarDate,
): DiffResult {
  return { asOf, ...labels, changes: compareSides(base, head) };
}
