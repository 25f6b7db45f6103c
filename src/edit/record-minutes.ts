import type { CalendarDate } from '../dates.js';
import { minutesOf } from '../model/minutes.js';
import { conflict, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, conflictOn, message } from './existing.js';
import { uniqueSlug } from './ids.js';
import { findMeeting } from './lookup.js';
import { checkMinutes, compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';

// What a meeting decided and who follows up what (clause 4: the levels adopt and follow up plans
// and sub-agreements), and its minutes (SPEC section 13). All go into the meeting's own entry.

type Entry = { id: string; text: string };

function place(
  ctx: RecordContext,
  meetingId: string,
  list: 'decisions' | 'actions',
  wanted: { id?: string; text: string } & Record<string, string | undefined>,
): Outcome {
  const found = findMeeting(ctx, meetingId);
  if (found.meeting.status === 'cancelled')
    throw conflict('edit.meeting-cancelled', { id: found.meeting.id });
  const kind = list === 'decisions' ? 'decision' : 'action';
  const existing = (found.meeting[list] ?? []) as Entry[];
  const same = existing.find((e) => (wanted.id ? e.id === wanted.id : e.text === wanted.text));
  const { id: _given, ...fields } = wanted;
  if (same) return alreadyThere(kind, `${found.meeting.id}/${same.id}`, same, fields);
  const taken = new Set(existing.map((e) => e.id));
  const id = wanted.id ?? uniqueSlug(taken, wanted.text, kind === 'decision' ? 'vedtak' : 'oppfolging');
  const entry = compact({ id, ...fields });
  const at = ['meetings', found.index, list];
  const style = itemStyleAt(ctx.text(found.file), at, 'flow');
  const edit = ctx.edit(found.file).append(at, entry, style).done();
  const summary = message(kind === 'decision' ? 'edit.decision-added' : 'edit.action-added', {
    id: `${found.meeting.id}/${id}`,
    file: found.file,
  });
  return { kind: 'change', change: { edits: [edit], summary } };
}

export function planDecision(
  ctx: RecordContext,
  req: { meeting: string; text: string; id?: string; adopts?: string; fulfils?: string },
): Outcome {
  if (req.fulfils) dutyFor(ctx, req.fulfils, req.meeting);
  return place(ctx, req.meeting, 'decisions', {
    id: req.id,
    text: req.text,
    adopts: req.adopts,
    fulfils: req.fulfils,
  });
}

/** SPEC section 13: the duty a decision fulfils exists, and one `at` a body is done at that body. */
export function dutyFor(ctx: RecordContext, id: string, meetingId?: string) {
  const bodies = ctx.data.agreement.governance.bodies;
  const duty = ctx.data.agreement.governance.duties?.find((d) => d.id === id);
  if (!duty) throw usage('edit.no-duty', { id });
  if (meetingId && duty.at) {
    const { meeting } = findMeeting(ctx, meetingId);
    if (meeting.body !== duty.at)
      throw conflict('edit.duty-other-body', {
        id,
        body: bodies[duty.at]?.name ?? duty.at,
        meeting: meeting.id,
        other: bodies[meeting.body]?.name ?? meeting.body,
      });
  }
  return duty;
}

export function planAction(
  ctx: RecordContext,
  req: { meeting: string; text: string; owner: string; due: CalendarDate; id?: string },
): Outcome {
  if (!req.text.trim()) throw usage('edit.empty-text');
  return place(ctx, req.meeting, 'actions', { id: req.id, text: req.text, owner: req.owner, due: req.due });
}

export interface MinutesRequest {
  meeting: string;
  ref?: string;
  approved?: CalendarDate;
  at?: string;
}

/**
 * SPEC sections 13 and 14: `record minutes --meeting M [--ref R] [--approved D [--at M2]]`. The
 * text form stays while nothing is approved (what `record meeting --minutes` writes); an approval
 * turns it into `{ ref, approved, at }`. What is there already is kept; a different value in its
 * place is refused, as by every record command.
 */
export function planMinutes(ctx: RecordContext, req: MinutesRequest): Outcome {
  if (req.at !== undefined && req.approved === undefined) throw usage('edit.minutes-at-alone');
  if (req.ref === undefined && req.approved === undefined) throw usage('edit.minutes-nothing');
  const found = findMeeting(ctx, req.meeting);
  const m = found.meeting;
  if (m.status !== 'held')
    throw conflict('edit.minutes-not-held', { id: m.id, status: { ref: `meeting-status.${m.status}` } });
  if (req.ref !== undefined) checkMinutes(ctx, req.ref);
  if (req.approved !== undefined && req.approved < m.date)
    throw conflict('edit.minutes-approved-before', {
      id: m.id,
      date: { date: m.date },
      approved: { date: req.approved },
    });
  if (req.at !== undefined) {
    const at = findMeeting(ctx, req.at).meeting;
    const name = (body: string) => ctx.data.agreement.governance.bodies[body]?.name ?? body;
    if (at.body !== m.body)
      throw conflict('edit.minutes-other-body', { at: at.id, atBody: name(at.body), body: name(m.body) });
  }
  const old = minutesOf(m);
  const wanted = { ref: req.ref, approved: req.approved, at: req.at };
  const fill: Partial<Record<'ref' | 'approved' | 'at', string>> = {};
  for (const key of ['ref', 'approved', 'at'] as const) {
    const value = wanted[key];
    if (value === undefined) continue;
    if (old[key] === null) fill[key] = value;
    else if (old[key] !== value)
      throw conflictOn('meeting', m.id, key === 'ref' ? 'minutes' : key, old[key], value);
  }
  if (Object.keys(fill).length === 0)
    return { kind: 'already', message: message('edit.already', { what: { ref: 'kind.meeting' }, id: m.id }) };
  const at = ['meetings', found.index, 'minutes'];
  const editor = ctx.edit(found.file);
  if (m.minutes !== null && typeof m.minutes === 'object') {
    // Already the object form: add the keys it lacks, in place.
    for (const key of ['ref', 'approved', 'at'] as const) if (fill[key]) editor.set([...at, key], fill[key]);
  } else if (fill.approved === undefined) editor.set(at, fill.ref);
  else {
    const value = compact({ ref: fill.ref ?? old.ref ?? undefined, approved: fill.approved, at: fill.at });
    // A text is not spliced into a map: it becomes null first, which takes the object form in place
    // (and on one line, `{ ref, approved, at }`, as SPEC section 13 writes it).
    if (m.minutes !== null) editor.set(at, null);
    editor.set(at, value);
  }
  const summary = fill.approved
    ? message('edit.minutes-approved', { id: m.id, date: { date: fill.approved }, file: found.file })
    : message('edit.minutes-recorded', { id: m.id, file: found.file });
  return { kind: 'change', change: { edits: [editor.done()], summary } };
}
