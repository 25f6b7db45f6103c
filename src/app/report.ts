import type { Workspace } from '../load/workspace.js';
import { type Names, namesOf } from '../names/names.js';
import { agreementReport } from '../report/index.js';
import type { AgreementReport } from '../report/model.js';
import type { RunSpec } from './spec.js';
import { usable } from './status.js';

export interface ReportEntry {
  path: string;
  /** Null when the agreement's data has errors that keep the engine from running. */
  report: AgreementReport | null;
  names: Names;
}

export interface ReportResult {
  entries: ReportEntry[];
  /** Folders of agreements that could not be read: said on stderr, exit 1. */
  invalid: string[];
  /** The period has not ended: the report is a draft of what is known so far. */
  provisional: boolean;
}

/** `samarbeid report` as a use case: clause 6's report of every agreement for the spec's period. */
export function reportOf(workspace: Workspace, spec: Pick<RunSpec, 'range' | 'today'>): ReportResult {
  const invalid: string[] = [];
  const entries = workspace.agreements.map((loaded): ReportEntry => {
    const data = usable(loaded);
    if (!data) invalid.push(loaded.display);
    return {
      path: loaded.display,
      report: data ? agreementReport(data, spec.range, workspace.known) : null,
      names: namesOf(loaded.data),
    };
  });
  return { entries, invalid, provisional: spec.range.to >= spec.today };
}
