import { stringify } from 'yaml';
import type { CalendarDate } from '../dates.js';
import { conflict, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { createFile } from './file-edit.js';
import { uniqueSlug } from './ids.js';
import { findPlan } from './lookup.js';
import { compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';
import { schemaLineFor } from './schema-line.js';

/** A new action plan, as a draft in action-plans/<id>.yaml (clause 4: the groups draft, the middle level adopts). */
export function planPlan(ctx: RecordContext, req: { id: string; title: string; owner: string }): Outcome {
  const existing = ctx.data.actionPlans.find((p) => p.value.id === req.id);
  if (existing) return alreadyThere('plan', req.id, existing.value, { title: req.title, owner: req.owner });
  const file = `action-plans/${req.id}.yaml`;
  if (ctx.text(file) !== null) throw conflict('edit.file-exists', { file });
  const value = {
    schemaVersion: 1,
    id: req.id,
    title: req.title,
    owner: req.owner,
    status: 'draft',
    adopted: null,
    measures: [],
  };
  // `adopted: null` keeps the adoption's place beside the status, where people read it; an empty
  // list stays `[]` on its key's line (block style would put it on a line of its own).
  const text = `${schemaLineFor(ctx.texts, 'action-plans')}${stringify(value, { lineWidth: 0 })}`;
  return {
    kind: 'change',
    change: {
      edits: [createFile(file, text, value)],
      summary: message('edit.plan-added', { id: req.id, file }),
    },
  };
}

export interface MeasureRequest {
  plan: string;
  title: string;
  responsible: string;
  area?: string;
  due?: CalendarDate;
  id?: string;
}

export function planMeasure(ctx: RecordContext, req: MeasureRequest): Outcome {
  const plan = findPlan(ctx, req.plan);
  const measures = plan.value.measures ?? [];
  const fields = { title: req.title, area: req.area, responsible: req.responsible, due: req.due };
  const same = measures.find((m) => (req.id ? m.id === req.id : m.title === req.title));
  if (same) return alreadyThere('measure', `${req.plan}/${same.id}`, same, fields);
  const id = req.id ?? uniqueSlug(new Set(measures.map((m) => m.id)), req.title, 'tiltak');
  const entry = compact({ id, ...fields });
  const style = itemStyleAt(ctx.text(plan.file), ['measures'], 'block');
  const edit = ctx.edit(plan.file).append(['measures'], entry, style).done();
  const summary = message('edit.measure-added', { id: `${req.plan}/${id}`, file: plan.file });
  return { kind: 'change', change: { edits: [edit], summary } };
}
