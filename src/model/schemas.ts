import type * as z from 'zod';
import { ActionPlan } from './action-plan.js';
import { Agreement } from './agreement.js';
import { Duties } from './duties.js';
import { Evaluations } from './evaluations.js';
import type { FileKind } from './file-kinds.js';
import { Meetings } from './meetings.js';
import { People } from './people.js';
import { SubAgreements } from './sub-agreements.js';
import { WorkingGroups } from './working-groups.js';

export const SCHEMAS: Record<FileKind, z.ZodType> = {
  agreement: Agreement,
  people: People,
  workingGroups: WorkingGroups,
  subAgreements: SubAgreements,
  evaluations: Evaluations,
  duties: Duties,
  actionPlan: ActionPlan,
  meetings: Meetings,
};
