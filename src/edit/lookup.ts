import { type ActionPlan, allMeetings, type LocatedMeeting, type Sourced } from '../model/index.js';
import { usage } from './change.js';
import type { RecordContext } from './context.js';
import { meetingSuggestion } from './meeting-ref.js';

// An argument that names nothing is a usage error (exit 2), as for any other bad argument.

export function findMeeting(ctx: RecordContext, id: string): LocatedMeeting {
  const meetings = allMeetings(ctx.data);
  const found = meetings.find((m) => m.meeting.id === id);
  if (found) return found;
  // SPEC section 14: every "not found" offers the closest (a moved meeting kept its id).
  const near = meetingSuggestion(meetings, id);
  throw near ? usage('edit.no-meeting-near', { id, near }) : usage('edit.no-meeting', { id });
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
