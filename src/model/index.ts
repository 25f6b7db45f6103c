import type * as z from 'zod';
import { ActionPlan } from './action-plan.js';
import { Agreement } from './agreement.js';
import type { Evaluation } from './evaluations.js';
import { Evaluations } from './evaluations.js';
import type { Meeting } from './meetings.js';
import { Meetings } from './meetings.js';
import { People } from './people.js';
import type { SubAgreement } from './sub-agreements.js';
import { SubAgreements } from './sub-agreements.js';
import type { WorkingGroup } from './working-groups.js';
import { WorkingGroups } from './working-groups.js';

export type { ActionPlan, Measure } from './action-plan.js';
export type { Agreement, Body } from './agreement.js';
export type { Evaluation } from './evaluations.js';
export type { Meeting, MeetingStatus } from './meetings.js';
export type { People, Person } from './people.js';
export type { SubAgreement } from './sub-agreements.js';
export type { WorkingGroup } from './working-groups.js';

/** The seven kinds of file in an agreement folder (SPEC section 2). */
export const FILE_KINDS = {
  agreement: { schema: Agreement, file: 'agreement.yaml', required: true },
  people: { schema: People, file: 'people.yaml', required: true },
  workingGroups: { schema: WorkingGroups, file: 'working-groups.yaml', required: false },
  subAgreements: { schema: SubAgreements, file: 'sub-agreements.yaml', required: false },
  evaluations: { schema: Evaluations, file: 'evaluations.yaml', required: false },
  actionPlan: { schema: ActionPlan, file: 'action-plans/*.yaml', required: false },
  meetings: { schema: Meetings, file: 'meetings/*.yaml', required: false },
} as const satisfies Record<string, { schema: z.ZodType; file: string; required: boolean }>;

export type FileKind = keyof typeof FILE_KINDS;

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
  broken: ReadonlySet<FileKind>;
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
