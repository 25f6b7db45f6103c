import { type ActionPlan, allMeetings, type LocatedMeeting, type Sourced } from '../model/index.js';
import { usage } from './change.js';
import type { RecordContext } from './context.js';

// An argument that names nothing is a usage error (exit 2), as for any other bad argument.

export function findMeeting(ctx: RecordContext, id: string): LocatedMeeting {
  const found = allMeetings(ctx.data).find((m) => m.meeting.id === id);
  if (!found) throw usage('edit.no-meeting', { id });
  return found;
}

export function findPlan(ctx: RecordContext, id: string): Sourced<ActionPlan> {
  const plan = ctx.data.actionPlans.find((p) => p.value.id === id);
  if (!plan) throw usage('edit.no-plan', { id });
  return plan;
}

export function findGroupIndex(ctx: RecordContext, id: string): number {
  const index = ctx.data.workingGroups.findIndex((g) => g.id === id);
  if (index < 0) throw usage('edit.no-group', { id });
  return index;
}

export function findSubAgreementIndex(ctx: RecordContext, id: string): number {
  const index = ctx.data.subAgreements.findIndex((s) => s.id === id);
  if (index < 0) throw usage('edit.no-sub-agreement', { id });
  return index;
}
