import type { CalendarDate } from '../dates.js';
import { allMeetings } from '../model/index.js';
import { appendToFile } from './append-file.js';
import { conflict, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { message } from './existing.js';
import { findMeeting } from './lookup.js';
import { byDate } from './meeting-ref.js';
import { meetingsFile } from './record-meeting.js';

/**
 * Reschedules a planned meeting. Its id stays: decisions, plans and calendars refer to it. A move
 * into another year moves the meeting to that year's file, so the one-file-a-year convention holds.
 */
export function planMove(ctx: RecordContext, req: { meeting: string; date: CalendarDate }): Outcome {
  const found = findMeeting(ctx, req.meeting);
  const m = found.meeting;
  if (m.status !== 'planned')
    throw conflict('edit.move-not-planned', { id: m.id, status: { ref: `meeting-status.${m.status}` } });
  if (m.date === req.date)
    return { kind: 'already', message: message('edit.already', { what: { ref: 'kind.meeting' }, id: m.id }) };
  const clash = allMeetings(ctx.data).find((o) => o.meeting.body === m.body && o.meeting.date === req.date);
  if (clash) throw conflict('edit.meeting-same-day', { id: clash.meeting.id, date: { date: req.date } });
  const summary = message('edit.moved', { id: m.id, from: { date: m.date }, to: { date: req.date } });
  // SPEC section 14: the id stays; say so, and how to name the meeting by its new date.
  const notes = [message('edit.moved-keeps-id', { id: m.id, ref: byDate({ ...m, date: req.date }) })];
  const target = meetingsFile(req.date);
  if (target === found.file || found.file !== meetingsFile(m.date)) {
    const edit = ctx.edit(found.file).set(['meetings', found.index, 'date'], req.date).done();
    return { kind: 'change', change: { edits: [edit], summary, notes } };
  }
  const moved = { ...m, date: req.date };
  const out = ctx.edit(found.file).remove(['meetings', found.index]).done();
  const into = appendToFile(ctx, target, 'meetings', 'meetings', moved);
  return { kind: 'change', change: { edits: [out, into], summary, notes } };
}
