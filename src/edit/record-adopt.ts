import { t } from '../i18n/index.js';
import { conflict, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { message } from './existing.js';
import { uniqueSlug } from './ids.js';
import { findMeeting, findPlan } from './lookup.js';
import { itemStyleAt } from './record-style.js';

/**
 * Clause 4: action plans are adopted in meetings at the middle level. One change across two files:
 * the plan becomes adopted at the meeting, and the meeting gets the decision that adopted it.
 */
export function planAdopt(ctx: RecordContext, req: { plan: string; meeting: string }): Outcome {
  const plan = findPlan(ctx, req.plan);
  const found = findMeeting(ctx, req.meeting);
  const m = found.meeting;
  const p = plan.value;
  if (p.status === 'retired') throw conflict('edit.plan-retired', { id: p.id });
  if (p.status === 'adopted' && p.adopted?.meeting && p.adopted.meeting !== m.id)
    throw conflict('edit.plan-adopted-elsewhere', { id: p.id, meeting: p.adopted.meeting });
  const decisions = m.decisions ?? [];
  const hasDecision = decisions.some((d) => d.adopts === p.id);
  const planDone = p.status === 'adopted' && p.adopted?.meeting === m.id && p.adopted.date === m.date;
  if (planDone && hasDecision)
    return { kind: 'already', message: message('edit.already', { what: { ref: 'kind.plan' }, id: p.id }) };

  const edits = [];
  if (!planDone) {
    const editor = ctx.edit(plan.file);
    if (p.status !== 'adopted') editor.set(['status'], 'adopted');
    if (p.adopted) {
      if (p.adopted.date !== m.date) editor.set(['adopted', 'date'], m.date);
      if (p.adopted.meeting !== m.id) editor.set(['adopted', 'meeting'], m.id);
    } else editor.set(['adopted'], { date: m.date, meeting: m.id });
    edits.push(editor.done());
  }
  if (!hasDecision) {
    const id = uniqueSlug(new Set(decisions.map((d) => d.id)), `vedtak ${p.id}`, 'vedtak');
    const text = t('edit.adopt-decision-text', ctx.language, { title: p.title });
    const at = ['meetings', found.index, 'decisions'];
    const style = itemStyleAt(ctx.text(found.file), at, 'flow');
    edits.push(ctx.edit(found.file).append(at, { id, text, adopts: p.id }, style).done());
  }
  const summary = message('edit.adopted', { id: p.id, meeting: m.id, date: { date: m.date } });
  return { kind: 'change', change: { edits, summary } };
}
