import { memberIdsOf, membersOn } from '../domain/seats.js';
import { closest } from '../load/suggest.js';
import { namesOf } from '../names/names.js';
import { conflict, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { message } from './existing.js';
import { findMeeting } from './lookup.js';

// SPEC sections 13 and 14: `record attendance --meeting M --present ID,ID,...`, the members present
// at a held meeting, which rule quorum reads. The list given is the list: recording it again (in any
// order) changes nothing, a different one replaces it and says who was added and who taken out (a
// correction, as `record person` updates what it is given). Everyone named must be a person of
// people.yaml; one who is not a member of the body that day is written (a deputy may attend) and
// the command says they do not count toward the quorum.

export interface AttendanceRequest {
  meeting: string;
  present: string[];
}

export function planAttendance(ctx: RecordContext, req: AttendanceRequest): Outcome {
  const present = [...new Set(req.present.map((p) => p.trim()).filter((p) => p !== ''))];
  if (present.length === 0) throw usage('edit.attendance-nobody');
  const found = findMeeting(ctx, req.meeting);
  const m = found.meeting;
  if (m.status !== 'held')
    throw conflict('edit.attendance-not-held', { id: m.id, status: { ref: `meeting-status.${m.status}` } });
  const people = (ctx.data.people?.people ?? []).map((p) => p.id);
  for (const id of present) {
    if (people.includes(id)) continue;
    const suggested = closest(id, people);
    throw suggested
      ? usage('edit.attendance-unknown-suggest', { id, suggested })
      : usage('edit.attendance-unknown', { id });
  }
  const names = namesOf(ctx.data);
  const old = m.attendance ?? null;
  const added = present.filter((p) => !old?.includes(p));
  const removed = (old ?? []).filter((p) => !present.includes(p));
  if (old !== null && added.length === 0 && removed.length === 0)
    return { kind: 'already', message: message('edit.attendance-already', { id: m.id }) };
  const at = ['meetings', found.index, 'attendance'];
  const editor = ctx.edit(found.file);
  if (old === null) editor.set(at, present);
  else {
    // Appended first and taken out after, from the end: the list is never empty on the way, and
    // keeps its place and its style in the file.
    for (const p of added) editor.append(at, p);
    for (let i = old.length - 1; i >= 0; i--) if (removed.includes(old[i]!)) editor.remove([...at, i]);
  }
  const who = (ids: readonly string[]) => ids.map((p) => names.person(p)).join(', ');
  const notes = [];
  if (old !== null && added.length > 0) notes.push(message('edit.attendance-added', { people: who(added) }));
  if (removed.length > 0) notes.push(message('edit.attendance-removed', { people: who(removed) }));
  if (memberIdsOf(ctx.data, m.body) !== null) {
    const members = new Set(membersOn(ctx.data, m.body, m.date).map((p) => p.id));
    const others = present.filter((p) => !members.has(p));
    if (others.length > 0)
      notes.push(message('edit.attendance-not-members', { people: who(others), date: { date: m.date } }));
  }
  const summary =
    old === null
      ? message('edit.attendance-recorded', { id: m.id, n: present.length, file: found.file })
      : message('edit.attendance-changed', { id: m.id, n: present.length, file: found.file });
  return { kind: 'change', change: { edits: [editor.done()], summary, notes } };
}
