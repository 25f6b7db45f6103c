import type { CalendarDate } from '../dates.js';
import { namesOf } from '../names/names.js';
import { appendToFile } from './append-file.js';
import type { Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { findMeeting } from './lookup.js';
import { compact } from './record-meeting.js';

export interface GroupRequest {
  id: string;
  name: string;
  area: string;
  leader: string;
  members: string[];
  meeting?: string;
  date?: CalendarDate;
}

/**
 * Clause 4: the middle level sets up working groups; their leaders sit on the samarbeidsutvalg. The
 * group and, where the agreement has a committee, its leader's seat there are one change.
 */
export function planGroup(ctx: RecordContext, req: GroupRequest): Outcome {
  const members = req.members.includes(req.leader) ? req.members : [req.leader, ...req.members];
  const existing = ctx.data.workingGroups.find((g) => g.id === req.id);
  if (existing)
    return alreadyThere('group', req.id, existing, {
      name: req.name,
      area: req.area,
      leader: req.leader,
      members,
    });
  const meeting = req.meeting ? findMeeting(ctx, req.meeting).meeting : null;
  const established = compact({ date: meeting?.date ?? req.date ?? ctx.asOf, meeting: meeting?.id });
  const entry = { id: req.id, name: req.name, area: req.area, leader: req.leader, members, established };
  const edits = [appendToFile(ctx, 'working-groups.yaml', 'working-groups', 'workingGroups', entry)];
  const notes = [];
  const committee = ctx.data.people?.committee;
  if (committee && !committee.members.includes(req.leader)) {
    edits.push(ctx.edit('people.yaml').append(['committee', 'members'], req.leader).done());
    notes.push(message('edit.leader-joins-committee', { person: namesOf(ctx.data).person(req.leader) }));
  }
  const summary = message('edit.group-added', { id: req.id, file: 'working-groups.yaml' });
  return { kind: 'change', change: { edits, summary, notes } };
}
