import { conflict, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { findMeeting } from './lookup.js';

// SPEC section 14: `record cancel --meeting M [--reason T]`: a planned meeting is cancelled in
// place, with why. A cancelled meeting counts for nothing; its id stays, so the calendar withdraws it.

export function planCancel(ctx: RecordContext, req: { meeting: string; reason?: string }): Outcome {
  const found = findMeeting(ctx, req.meeting);
  const m = found.meeting;
  if (m.status === 'held') throw conflict('edit.cancel-held', { id: m.id });
  const at = ['meetings', found.index];
  if (m.status === 'cancelled') {
    const reason = m.cancelled?.reason ?? undefined;
    if (req.reason === undefined || reason === req.reason) return alreadyThere('meeting', m.id, {}, {});
    if (reason !== undefined) return alreadyThere('meeting', m.id, { reason }, { reason: req.reason });
  }
  const editor = ctx.edit(found.file);
  if (m.status !== 'cancelled') editor.set([...at, 'status'], 'cancelled');
  if (req.reason !== undefined) editor.set([...at, 'cancelled'], { reason: req.reason });
  const summary = message('edit.cancelled', { id: m.id, date: { date: m.date }, file: found.file });
  return { kind: 'change', change: { edits: [editor.done()], summary } };
}
