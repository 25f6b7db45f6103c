import type { CalendarDate } from '../dates.js';
import type { Message } from '../i18n/message.js';
import { conflict, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { conflictOn, message } from './existing.js';
import { findMeeting, findPlan } from './lookup.js';

/**
 * SPEC section 14: `record retire --plan ID [--replaced-by ID] (--meeting M | --date D)` writes
 * `status: retired` and `retired: { date, meeting, replacedBy }`. From that day the plan's
 * evaluations and its open measures are no longer obligations (src/domain/tracks-other.ts); the
 * successor's clock starts at its own adoption. Recording it again changes nothing; a field
 * already written with another value is a conflict, one not written yet is added.
 */
export function planRetire(
  ctx: RecordContext,
  req: { plan: string; replacedBy?: string; meeting?: string; date?: CalendarDate },
): Outcome {
  const plan = findPlan(ctx, req.plan);
  const p = plan.value;
  if (req.replacedBy === p.id) throw conflict('edit.retire-self', { id: p.id });
  const successor = req.replacedBy ? findPlan(ctx, req.replacedBy).value : null;
  const meeting = req.meeting ? findMeeting(ctx, req.meeting).meeting : null;
  const date = (meeting?.date ?? req.date) as CalendarDate;
  if (p.status === 'draft') throw conflict('edit.retire-draft', { id: p.id });
  if (p.adopted && date < p.adopted.date)
    throw conflict('edit.retire-before-adoption', {
      id: p.id,
      adopted: { date: p.adopted.date },
      date: { date },
    });
  const wanted = { date, meeting: meeting?.id, replacedBy: successor?.id };
  const existing: Record<string, unknown> = p.status === 'retired' && p.retired ? p.retired : {};
  const editor = ctx.edit(plan.file);
  let changed = false;
  if (p.status !== 'retired') {
    editor.set(['status'], 'retired');
    changed = true;
  }
  if (!p.retired) {
    editor.set(['retired'], Object.fromEntries(Object.entries(wanted).filter(([, v]) => v !== undefined)));
    changed = true;
  } else {
    for (const [key, value] of Object.entries(wanted) as Array<['date' | 'meeting' | 'replacedBy', string]>) {
      if (value === undefined) continue;
      const old = existing[key] ?? null;
      if (old === value) continue;
      if (old !== null) throw conflictOn('plan', p.id, key, old, value);
      editor.set(['retired', key], value);
      changed = true;
    }
  }
  if (!changed)
    return { kind: 'already', message: message('edit.already', { what: { ref: 'kind.plan' }, id: p.id }) };
  const summary = message('edit.retired', { file: plan.file, id: p.id, date: { date } });
  const notes: Message[] = [];
  if (successor) notes.push(message('edit.retired-replaced', { successor: successor.title }));
  const open = (p.measures ?? []).filter((m) => !m.done || m.done > date).length;
  if (open > 0) notes.push(message('edit.retired-open-measures', { count: open }));
  return { kind: 'change', change: { edits: [editor.done()], summary, ...(notes.length ? { notes } : {}) } };
}
