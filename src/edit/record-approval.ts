import type { CalendarDate } from '../dates.js';
import { namesOf } from '../names/names.js';
import type { Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { findSubAgreementIndex } from './lookup.js';
import { itemStyleAt } from './record-style.js';

/** Clause 5: a sub-agreement is adopted by the leaders of both organisations; one approval a party. */
export function planApproval(
  ctx: RecordContext,
  req: { subAgreement: string; party: string; date: CalendarDate },
): Outcome {
  const index = findSubAgreementIndex(ctx, req.subAgreement);
  const approvals = ctx.data.subAgreements[index]?.approvals ?? [];
  const existing = approvals.find((a) => a.party === req.party);
  if (existing)
    return alreadyThere('approval', `${req.subAgreement}/${req.party}`, existing, { date: req.date });
  const file = 'sub-agreements.yaml';
  const at = ['subAgreements', index, 'approvals'];
  const style = itemStyleAt(ctx.text(file), at, 'flow');
  const edit = ctx.edit(file).append(at, { party: req.party, date: req.date }, style).done();
  const title = ctx.data.subAgreements[index]?.title ?? req.subAgreement;
  const party = namesOf(ctx.data).party(req.party);
  const summary = message('edit.approval-added', { title, party, file });
  return { kind: 'change', change: { edits: [edit], summary } };
}
