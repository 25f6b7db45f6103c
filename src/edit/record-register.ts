import type { CalendarDate } from '../dates.js';
import { appendToFile } from './append-file.js';
import type { Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';

// The registers of the agreement: areas of cooperation (clause 5) and sub-agreements (clause 5);
// people are in record-person.ts. Each is a list; a new entry is appended in its style.

export function planArea(ctx: RecordContext, req: { id: string; title: string }): Outcome {
  const existing = ctx.data.agreement.areas?.find((a) => a.id === req.id);
  if (existing) return alreadyThere('area', req.id, existing, { title: req.title });
  const style = itemStyleAt(ctx.text('agreement.yaml'), ['areas'], 'flow');
  const edit = ctx.edit('agreement.yaml').append(['areas'], { id: req.id, title: req.title }, style).done();
  const summary = message('edit.area-added', { id: req.id, file: 'agreement.yaml' });
  return { kind: 'change', change: { edits: [edit], summary } };
}

export interface SubAgreementRequest {
  id: string;
  title: string;
  area?: string;
  validUntil?: CalendarDate;
}

export function planSubAgreement(ctx: RecordContext, req: SubAgreementRequest): Outcome {
  const fields = { title: req.title, area: req.area, validUntil: req.validUntil };
  const existing = ctx.data.subAgreements.find((s) => s.id === req.id);
  if (existing) return alreadyThere('subAgreement', req.id, existing, fields);
  // No `approvals: []`: the first approval starts the list (a block style empty list would sit on
  // a line of its own, which no one writes by hand).
  const entry = compact({ id: req.id, ...fields });
  const file = 'sub-agreements.yaml';
  const edit = appendToFile(ctx, file, 'sub-agreements', 'subAgreements', entry);
  return {
    kind: 'change',
    change: { edits: [edit], summary: message('edit.sub-agreement-added', { id: req.id, file }) },
  };
}
