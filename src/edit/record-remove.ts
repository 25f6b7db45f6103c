import { parseDateArgument } from '../dates.js';
import type { Message } from '../i18n/message.js';
import { closest } from '../load/suggest.js';
import type { PathSegment } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { conflict, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { message, type RecordKind } from './existing.js';
import type { FileEditor } from './file-edit.js';
import { findMeeting, findPlan } from './lookup.js';
import { personIn } from './record-person.js';

// SPEC section 14: `record remove` takes out what was recorded by mistake. What something else
// refers to is refused, naming each reference; a meeting with decisions or actions is refused
// (remove them first). A list the schema lets go that becomes empty goes with its key; a list the
// file needs (meetings, people, evaluations.yaml's evaluations) stays, as `[]`.

export interface RemoveRequest {
  meeting?: string;
  decision?: string;
  action?: string;
  measure?: string;
  report?: string;
  evaluation?: string;
  person?: string;
}

const PEOPLE = 'people.yaml';
const GROUPS = 'working-groups.yaml';
const EVALUATIONS = 'evaluations.yaml';

export function planRemove(ctx: RecordContext, req: RemoveRequest): Outcome {
  const given = Object.entries(req).filter(([, v]) => v !== undefined);
  if (given.length !== 1) throw usage('edit.remove-one-of');
  if (req.meeting !== undefined) return removeMeeting(ctx, req.meeting);
  if (req.decision !== undefined) return removeDecision(ctx, req.decision);
  if (req.action !== undefined) return removeAction(ctx, req.action);
  if (req.measure !== undefined) return removeMeasure(ctx, req.measure);
  if (req.report !== undefined) return removeReport(ctx, req.report);
  if (req.evaluation !== undefined) return removeEvaluation(ctx, req.evaluation);
  return removePerson(ctx, req.person!);
}

/** Removes item `index` of the list at `path`; the key goes too when the list is left empty and may go. */
function removeItem(
  editor: FileEditor,
  path: PathSegment[],
  index: number,
  length: number,
  keyMayGo: boolean,
): Message[] {
  if (length === 1 && keyMayGo) {
    editor.drop(path);
    return [message('edit.removed-key', { key: String(path.at(-1)) })];
  }
  editor.remove([...path, index]);
  return [];
}

function removed(editor: FileEditor, what: RecordKind, id: string, file: string, notes: Message[]): Outcome {
  const summary = message('edit.removed', { what: { ref: `kind.${what}` }, id, file });
  return { kind: 'change', change: { edits: [editor.done()], summary, notes } };
}

function inUse(what: RecordKind, id: string, refs: Message[]): never {
  const joined = refs.reduce((a, b) => message('edit.ref-and', { a: { message: a }, b: { message: b } }));
  throw conflict('edit.remove-in-use', { what: { ref: `kind.${what}` }, id, refs: { message: joined } });
}

/** `OWNER/ID` split at its last slash; `usage` when either part is missing. */
function split(given: string, flag: string, form: string): [string, string] {
  const cut = given.lastIndexOf('/');
  const owner = given.slice(0, cut);
  const id = given.slice(cut + 1);
  if (cut < 1 || id === '') throw usage('edit.remove-form', { flag, form, given });
  return [owner, id];
}

function removeMeeting(ctx: RecordContext, id: string): Outcome {
  const found = findMeeting(ctx, id);
  const m = found.meeting;
  const items = [
    ...(m.decisions ?? []).map((d) => `${m.id}/${d.id}`),
    ...(m.actions ?? []).map((a) => `${m.id}/${a.id}`),
  ];
  if (items.length > 0) throw conflict('edit.remove-meeting-items', { id: m.id, items: items.join(', ') });
  const refs: Message[] = [];
  for (const plan of ctx.data.actionPlans) {
    if (plan.value.adopted?.meeting === m.id) refs.push(message('edit.ref.adopted', { id: plan.value.id }));
    if (plan.value.retired?.meeting === m.id) refs.push(message('edit.ref.retired', { id: plan.value.id }));
    for (const e of plan.value.evaluations ?? [])
      if (e.meeting === m.id)
        refs.push(message('edit.ref.evaluation', { date: { date: e.date }, file: plan.file }));
  }
  for (const g of ctx.data.workingGroups)
    if (g.established?.meeting === m.id) refs.push(message('edit.ref.established', { id: g.id }));
  for (const e of ctx.data.evaluations)
    if (e.meeting === m.id)
      refs.push(message('edit.ref.evaluation', { date: { date: e.date }, file: EVALUATIONS }));
  for (const other of allMeetings(ctx.data)) {
    const minutes = other.meeting.minutes;
    if (other.meeting.id !== m.id && typeof minutes === 'object' && minutes?.at === m.id)
      refs.push(message('edit.ref.minutes-at', { id: other.meeting.id }));
  }
  if (refs.length > 0) inUse('meeting', m.id, refs);
  const count = ctx.data.meetingFiles.find((f) => f.file === found.file)?.value.length ?? 0;
  const editor = ctx.edit(found.file);
  const notes = removeItem(editor, ['meetings'], found.index, count, false);
  return removed(editor, 'meeting', m.id, found.file, notes);
}

function meetingItem(ctx: RecordContext, given: string, key: 'decisions' | 'actions') {
  const [owner, id] = split(given, key === 'decisions' ? '--decision' : '--action', 'MØTE/ID');
  const meeting = allMeetings(ctx.data).find((m) => m.meeting.id === owner);
  const list = meeting?.meeting[key] ?? [];
  const index = list.findIndex((x) => x.id === id);
  if (!meeting || index < 0) {
    const all = allMeetings(ctx.data).flatMap((m) =>
      (m.meeting[key] ?? []).map((x) => `${m.meeting.id}/${x.id}`),
    );
    const near = closest(given, all);
    if (key === 'decisions')
      throw near
        ? usage('edit.no-decision-near', { id: given, near })
        : usage('edit.no-decision', { id: given });
    throw near ? usage('edit.no-action-near', { id: given, near }) : usage('edit.no-action', { id: given });
  }
  return { meeting, index, length: list.length, item: list[index]! };
}

function removeDecision(ctx: RecordContext, given: string): Outcome {
  const { meeting, index, length, item } = meetingItem(ctx, given, 'decisions');
  const adopts = 'adopts' in item ? item.adopts : null;
  const plan = adopts ? ctx.data.actionPlans.find((p) => p.value.id === adopts) : undefined;
  if (plan && plan.value.adopted?.meeting === meeting.meeting.id)
    inUse('decision', given, [message('edit.ref.adopts', { id: plan.value.id })]);
  const editor = ctx.edit(meeting.file);
  const notes = removeItem(editor, ['meetings', meeting.index, 'decisions'], index, length, true);
  return removed(editor, 'decision', given, meeting.file, notes);
}

function removeAction(ctx: RecordContext, given: string): Outcome {
  const { meeting, index, length } = meetingItem(ctx, given, 'actions');
  const editor = ctx.edit(meeting.file);
  const notes = removeItem(editor, ['meetings', meeting.index, 'actions'], index, length, true);
  return removed(editor, 'action', given, meeting.file, notes);
}

function removeMeasure(ctx: RecordContext, given: string): Outcome {
  const [owner, id] = split(given, '--measure', 'PLAN/ID');
  const plan = ctx.data.actionPlans.find((p) => p.value.id === owner);
  const measures = plan?.value.measures ?? [];
  const index = measures.findIndex((m) => m.id === id);
  if (!plan || index < 0) {
    const all = ctx.data.actionPlans.flatMap((p) =>
      (p.value.measures ?? []).map((m) => `${p.value.id}/${m.id}`),
    );
    const near = closest(given, all);
    throw near ? usage('edit.no-measure-near', { id: given, near }) : usage('edit.no-measure', { id: given });
  }
  const editor = ctx.edit(plan.file);
  const notes = removeItem(editor, ['measures'], index, measures.length, true);
  return removed(editor, 'measure', given, plan.file, notes);
}

function dateOf(given: string, flag: string, form: string): string {
  const date = parseDateArgument(given);
  if (date === null) throw usage('edit.remove-form', { flag, form, given });
  return date;
}

/** The one entry of a list with that date; two on one date (an error already) are not guessed between. */
function byDate(list: readonly { date: string }[], date: string): number {
  const at = list.flatMap((x, i) => (x.date === date ? [i] : []));
  if (at.length > 1) throw conflict('edit.remove-several', { date: { date }, n: at.length });
  return at[0] ?? -1;
}

function removeReport(ctx: RecordContext, given: string): Outcome {
  const [group, when] = split(given, '--report', 'GRUPPE/DATO');
  const date = dateOf(when, '--report', 'GRUPPE/DATO');
  const gi = ctx.data.workingGroups.findIndex((g) => g.id === group);
  if (gi < 0) throw usage('edit.no-group', { id: group });
  const reports = ctx.data.workingGroups[gi]!.reports ?? [];
  const index = byDate(reports, date);
  if (index < 0) throw usage('edit.no-report', { group: namesOf(ctx.data).body(group), date: { date } });
  const editor = ctx.edit(GROUPS);
  const notes = removeItem(editor, ['workingGroups', gi, 'reports'], index, reports.length, true);
  return removed(editor, 'report', `${group} ${date}`, GROUPS, notes);
}

function removeEvaluation(ctx: RecordContext, given: string): Outcome {
  const at = given.lastIndexOf('@');
  if (at >= 0) {
    const plan = findPlan(ctx, given.slice(0, at));
    const date = dateOf(given.slice(at + 1), '--evaluation', 'PLAN@DATO');
    const list = plan.value.evaluations ?? [];
    const index = byDate(list, date);
    if (index < 0) throw usage('edit.no-evaluation', { date: { date }, file: plan.file });
    const editor = ctx.edit(plan.file);
    const notes = removeItem(editor, ['evaluations'], index, list.length, true);
    return removed(editor, 'evaluation', `${plan.value.id} ${date}`, plan.file, notes);
  }
  const date = dateOf(given, '--evaluation', 'DATO');
  const index = byDate(ctx.data.evaluations, date);
  if (index < 0) throw usage('edit.no-evaluation', { date: { date }, file: EVALUATIONS });
  const editor = ctx.edit(EVALUATIONS);
  const notes = removeItem(editor, ['evaluations'], index, ctx.data.evaluations.length, false);
  return removed(editor, 'evaluation', date, EVALUATIONS, notes);
}

function removePerson(ctx: RecordContext, given: string): Outcome {
  const person = personIn(ctx, given);
  const id = person.id;
  const { data } = ctx;
  const names = namesOf(data);
  const refs: Message[] = [];
  const people = data.people!;
  for (const [party, contact] of Object.entries(people.contacts))
    if (contact === id) refs.push(message('edit.ref.contact', { party: names.party(party) }));
  if (people.secretariat.includes(id)) refs.push(message('edit.ref.secretariat'));
  if (people.committee?.members.includes(id)) refs.push(message('edit.ref.committee'));
  for (const [body, b] of Object.entries(data.agreement.governance.bodies))
    if (b.members?.includes(id)) refs.push(message('edit.ref.body-member', { body: b.name ?? body }));
  for (const g of data.workingGroups) {
    if (g.leader === id) refs.push(message('edit.ref.group-leader', { group: g.name }));
    if (g.members.includes(id)) refs.push(message('edit.ref.group-member', { group: g.name }));
  }
  for (const duty of data.agreement.governance.duties ?? [])
    if (duty.responsible === id) refs.push(message('edit.ref.duty', { id: duty.id }));
  for (const plan of data.actionPlans)
    for (const m of plan.value.measures ?? [])
      if (m.responsible === id)
        refs.push(message('edit.ref.measure-responsible', { id: `${plan.value.id}/${m.id}` }));
  for (const { meeting } of allMeetings(data)) {
    for (const a of meeting.actions ?? [])
      if (a.owner === id) refs.push(message('edit.ref.action-owner', { id: `${meeting.id}/${a.id}` }));
    if (meeting.attendance?.includes(id)) refs.push(message('edit.ref.attendance', { id: meeting.id }));
  }
  if (refs.length > 0) inUse('person', id, refs);
  const index = people.people.findIndex((p) => p.id === id);
  const editor = ctx.edit(PEOPLE);
  const notes = removeItem(editor, ['people'], index, people.people.length, false);
  return removed(editor, 'person', id, PEOPLE, notes);
}
