import type { CalendarDate } from '../dates.js';
import { conflict, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { slug, uniqueId } from './ids.js';
import { findMeeting } from './lookup.js';
import { compact } from './record-meeting.js';
import { itemStyleAt } from './record-style.js';

// What a meeting decided and who follows up what (clause 4: the levels adopt and follow up plans
// and sub-agreements). Both go into the meeting's own entry.

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
  const id = wanted.id ?? uniqueId(taken, slug(wanted.text, kind === 'decision' ? 'vedtak' : 'oppfolging'));
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
