import type { CalendarDate } from '../dates.js';
import { type AgreementData, allMeetings } from '../model/index.js';
import { type Planned, planned, refuse } from './change.js';
import { schemaLineFor } from './schema-line.js';
import { appendIn, newListFile, setIn } from './yaml-splice.js';

const withOptional = (base: Record<string, string>, extra: Record<string, string | undefined>) => {
  for (const [key, value] of Object.entries(extra)) if (value) base[key] = value;
  return base;
};

export interface EvaluationRequest {
  plan?: string;
  date: CalendarDate;
  summary?: string;
  meeting?: string;
}

/** Appends an evaluation of a plan (to its file) or of the agreement (to evaluations.yaml). */
export function planEvaluation(
  data: AgreementData,
  texts: ReadonlyMap<string, string>,
  req: EvaluationRequest,
): Planned {
  const entry = withOptional({ date: req.date }, { meeting: req.meeting, summary: req.summary });
  if (req.plan) {
    const plan = data.actionPlans.find((p) => p.value.id === req.plan);
    if (!plan) return refuse('edit.no-plan', { id: req.plan });
    const before = texts.get(plan.file)!;
    const after = appendIn(before, ['evaluations'], entry);
    return planned(plan.file, before, after, { id: 'edit.evaluation-added', params: { file: plan.file } });
  }
  const file = 'evaluations.yaml';
  const before = texts.get(file) ?? null;
  const after =
    before === null
      ? newListFile(schemaLineFor(texts, 'evaluations'), 'evaluations', entry)
      : appendIn(before, ['evaluations'], entry, 'block');
  return planned(file, before, after, { id: 'edit.evaluation-added', params: { file } });
}

export function planReport(
  data: AgreementData,
  texts: ReadonlyMap<string, string>,
  req: { group: string; date: CalendarDate; summary?: string },
): Planned {
  const index = data.workingGroups.findIndex((g) => g.id === req.group);
  if (index < 0) return refuse('edit.no-group', { id: req.group });
  const file = 'working-groups.yaml';
  const before = texts.get(file)!;
  const after = appendIn(
    before,
    ['workingGroups', index, 'reports'],
    withOptional({ date: req.date }, { summary: req.summary }),
  );
  return planned(file, before, after, { id: 'edit.report-added', params: { group: req.group, file } });
}

/** Sets `done` on a measure (PLAN/ID) or a meeting action (MEETING/ID). */
export function planDone(
  data: AgreementData,
  texts: ReadonlyMap<string, string>,
  req: { measure?: string; action?: string; date: CalendarDate },
): Planned {
  const [owner = '', id = ''] = (req.measure ?? req.action ?? '').split('/');
  if (req.measure) {
    const plan = data.actionPlans.find((p) => p.value.id === owner);
    const index = plan?.value.measures?.findIndex((m) => m.id === id) ?? -1;
    if (!plan || index < 0) return refuse('edit.no-measure', { id: req.measure });
    const before = texts.get(plan.file)!;
    const after = setIn(before, ['measures', index, 'done'], req.date);
    return planned(plan.file, before, after, {
      id: 'edit.done',
      params: { id: req.measure, file: plan.file },
    });
  }
  const meeting = allMeetings(data).find((m) => m.meeting.id === owner);
  const index = meeting?.meeting.actions?.findIndex((a) => a.id === id) ?? -1;
  if (!meeting || index < 0) return refuse('edit.no-action', { id: req.action ?? '' });
  const before = texts.get(meeting.file)!;
  const after = setIn(before, ['meetings', meeting.index, 'actions', index, 'done'], req.date);
  return planned(meeting.file, before, after, {
    id: 'edit.done',
    params: { id: req.action ?? '', file: meeting.file },
  });
}
