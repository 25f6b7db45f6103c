import type { ActionPlan } from './action-plan.js';
import type { Agreement } from './agreement.js';
import type { DutyDone } from './duties.js';
import type { Evaluation } from './evaluations.js';
import type { FileKind } from './file-kinds.js';
import type { Meeting } from './meetings.js';
import type { People } from './people.js';
import type { SubAgreement } from './sub-agreements.js';
import type { WorkingGroup } from './working-groups.js';

export type { ActionPlan, Measure } from './action-plan.js';
export type { Agreement, Body, Duty, Party } from './agreement.js';
export type { DutyDone } from './duties.js';
export type { Evaluation } from './evaluations.js';
export { FILE_KINDS, type FileKind } from './file-kinds.js';
export type { Meeting, MeetingStatus } from './meetings.js';
export type { People, Person } from './people.js';
export type { Override, Role, Side } from './roles.js';
export type { SubAgreement } from './sub-agreements.js';
export type { WorkingGroup } from './working-groups.js';

export interface Sourced<T> {
  /** Path of the file inside the agreement folder, with forward slashes. */
  file: string;
  value: T;
}

/**
 * One agreement's data after schema validation. A file kind that failed its schema is listed in
 * `broken` and left empty here, so rules that need it are skipped instead of misreporting.
 */
export interface AgreementData {
  folder: string;
  agreement: Agreement;
  people: People | null;
  workingGroups: WorkingGroup[];
  actionPlans: Sourced<ActionPlan>[];
  meetingFiles: Sourced<Meeting[]>[];
  subAgreements: SubAgreement[];
  evaluations: Evaluation[];
  /** duties.yaml's entries: duties done outside a meeting (SPEC section 13). */
  duties: DutyDone[];
  broken: ReadonlySet<FileKind>;
}

/** What the rules that look across agreements (supersedes, unique ids) know of each one. */
export interface WorkspaceAgreement {
  id: string;
  supersedes: string | null;
  /** validity.from, when the agreement.yaml passed its schema: a successor supersedes only from then. */
  from: string | null;
  display: string;
}

export interface LocatedMeeting {
  meeting: Meeting;
  file: string;
  index: number;
}

export function allMeetings(data: AgreementData): LocatedMeeting[] {
  return data.meetingFiles.flatMap((f) =>
    f.value.map((meeting, index) => ({ meeting, file: f.file, index })),
  );
}
