import type { CalendarDate } from '../dates.js';
import { closest } from '../load/suggest.js';
import { allMeetings } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { appendToFile } from './append-file.js';
import { type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { findGroupIndex, findPlan } from './lookup.js';
import { compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';

// Clause 6: measures are followed up and evaluated, results reported yearly; clause 4: working
// groups report to the samarbeidsutvalg. One record a thing and a date (rule duplicate-record).

export interface EvaluationRequest {
  plan?: string;
  date: CalendarDate;
  summary?: string;
  meeting?: string;
  results?: Array<{ area: string; text: string }>;
}

export function planEvaluation(ctx: RecordContext, req: EvaluationRequest): Outcome {
  const fields = {
    meeting: req.meeting,
    summary: req.summary,
    results: req.results?.length ? req.results : undefined,
  };
  if (req.plan) {
    if (fields.results) throw usage('edit.results-only-agreement');
    const plan = findPlan(ctx, req.plan);
    const same = plan.value.evaluations?.find((e) => e.date === req.date);
    if (same) return alreadyThere('evaluation', `${req.plan} ${req.date}`, same, fields);
    const style = itemStyleAt(ctx.text(plan.file), ['evaluations'], 'flow');
    const edit = ctx
      .edit(plan.file)
      .append(['evaluations'], compact({ date: req.date, ...fields }), style)
      .done();
    const summary = message('edit.evaluation-added', { file: plan.file });
    return { kind: 'change', change: { edits: [edit], summary } };
  }
  const same = ctx.data.evaluations.find((e) => e.date === req.date);
  if (same) return alreadyThere('evaluation', req.date, same, fields);
  const file = 'evaluations.yaml';
  const edit = appendToFile(ctx, file, 'evaluations', 'evaluations', compact({ date: req.date, ...fields }));
  return { kind: 'change', change: { edits: [edit], summary: message('edit.evaluation-added', { file }) } };
}

export function planReport(
  ctx: RecordContext,
  req: { group: string; date: CalendarDate; summary?: string },
): Outcome {
  const index = findGroupIndex(ctx, req.group);
  const same = ctx.data.workingGroups[index]?.reports?.find((r) => r.date === req.date);
  if (same) return alreadyThere('report', `${req.group} ${req.date}`, same, { summary: req.summary });
  const file = 'working-groups.yaml';
  const at = ['workingGroups', index, 'reports'];
  const style = itemStyleAt(ctx.text(file), at, 'flow');
  const edit = ctx
    .edit(file)
    .append(at, compact({ date: req.date, summary: req.summary }), style)
    .done();
  const summary = message('edit.report-added', { group: namesOf(ctx.data).body(req.group), file });
  return { kind: 'change', change: { edits: [edit], summary } };
}

/** Sets `done` on a measure (PLAN/ID) or a meeting action (MEETING/ID). */
export function planDone(
  ctx: RecordContext,
  req: { measure?: string; action?: string; date: CalendarDate },
): Outcome {
  const given = req.measure ?? req.action ?? '';
  const cut = given.lastIndexOf('/');
  const [owner, id] = cut < 0 ? ['', given] : [given.slice(0, cut), given.slice(cut + 1)];
  if (req.measure) {
    const plan = ctx.data.actionPlans.find((p) => p.value.id === owner);
    const index = plan?.value.measures?.findIndex((m) => m.id === id) ?? -1;
    const measure = plan?.value.measures?.[index];
    if (!plan || !measure) {
      const all = ctx.data.actionPlans.flatMap((p) =>
        (p.value.measures ?? []).map((m) => `${p.value.id}/${m.id}`),
      );
      const near = closest(given, all);
      throw near
        ? usage('edit.no-measure-near', { id: given, near })
        : usage('edit.no-measure', { id: given });
    }
    if (measure.done) return alreadyThere('measure', given, measure, { done: req.date });
    const edit = ctx.edit(plan.file).set(['measures', index, 'done'], req.date).done();
    return {
      kind: 'change',
      change: { edits: [edit], summary: message('edit.done', { id: given, file: plan.file }) },
    };
  }
  const meeting = allMeetings(ctx.data).find((m) => m.meeting.id === owner);
  const index = meeting?.meeting.actions?.findIndex((a) => a.id === id) ?? -1;
  const action = meeting?.meeting.actions?.[index];
  if (!meeting || !action) {
    const all = allMeetings(ctx.data).flatMap((m) =>
      (m.meeting.actions ?? []).map((a) => `${m.meeting.id}/${a.id}`),
    );
    const near = closest(given, all);
    throw near ? usage('edit.no-action-near', { id: given, near }) : usage('edit.no-action', { id: given });
  }
  if (action.done) return alreadyThere('action', given, action, { done: req.date });
  const edit = ctx
    .edit(meeting.file)
    .set(['meetings', meeting.index, 'actions', index, 'done'], req.date)
    .done();
  return {
    kind: 'change',
    change: { edits: [edit], summary: message('edit.done', { id: given, file: meeting.file }) },
  };
}
