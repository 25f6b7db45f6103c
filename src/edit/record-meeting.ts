import type { CalendarDate } from '../dates.js';
import { hostDue as hostDueOn } from '../domain/holders.js';
import { actingParties } from '../domain/membership.js';
import { allMeetings, type LocatedMeeting, type Meeting } from '../model/index.js';
import { minutesProblem } from '../model/minutes-ref.js';
import { appendToFile } from './append-file.js';
import { conflict, type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { conflictOn, differing, message } from './existing.js';
import { uniqueId } from './ids.js';

export interface MeetingRequest {
  body: string;
  date: CalendarDate;
  status: Meeting['status'];
  host?: string;
  id?: string;
  title?: string;
  minutes?: string;
  /** SPEC section 14: `HH:MM` or `HH:MM-HH:MM` (Europe/Oslo), where, and a link to join online. */
  time?: string;
  place?: string;
  online?: string;
}

export const meetingsFile = (date: string) => `meetings/${date.slice(0, 4)}.yaml`;

/** Appends a meeting to meetings/<year>.yaml, or changes the status of that body's meeting that day. */
export function planMeeting(ctx: RecordContext, req: MeetingRequest): Outcome {
  if (req.minutes !== undefined) checkMinutes(ctx, req.minutes);
  const meetings = allMeetings(ctx.data);
  const sameDay = meetings.find((m) => m.meeting.body === req.body && m.meeting.date === req.date);
  if (sameDay) return updateMeeting(ctx, sameDay, req);
  const taken = new Set(meetings.map((m) => m.meeting.id));
  if (req.id && taken.has(req.id)) throw usage('edit.id-taken', { id: req.id });
  const id = req.id ?? uniqueId(taken, `${req.date}-${req.body}`);
  const host = req.host ?? hostDue(ctx, req.body, req.date);
  const entry = compact({
    id,
    body: req.body,
    date: req.date,
    status: req.status,
    title: req.title,
    host,
    time: req.time,
    place: req.place,
    online: req.online,
    minutes: req.minutes,
  });
  const file = meetingsFile(req.date);
  const edit = appendToFile(ctx, file, 'meetings', 'meetings', entry);
  return {
    kind: 'change',
    change: { edits: [edit], summary: message('edit.meeting-added', { id, file }) },
  };
}

/**
 * The host a new meeting gets when --host is not given: section 12's host role where the body
 * has one (a side's holder gives its lead, or its only member party; with several and no lead the
 * host is left for the user to give), else section 4's rotation.
 */
function hostDue(ctx: RecordContext, body: string, date: string): string | undefined {
  const holder = hostDueOn(ctx.data, body, date as CalendarDate);
  if (!holder) return undefined;
  const parties = actingParties(ctx.data.agreement, holder, date);
  return parties.length === 1 ? parties[0] : undefined;
}

// SPEC section 8: a planned or cancelled meeting of that body and day changes status in place; a
// held one is already recorded, and is never turned back into a plan.
function updateMeeting(ctx: RecordContext, found: LocatedMeeting, req: MeetingRequest): Outcome {
  const m = found.meeting;
  if (req.id && req.id !== m.id)
    throw conflict('edit.meeting-same-day', { id: m.id, date: { date: m.date } });
  if (m.status === 'held' && req.status !== 'held')
    throw conflict('edit.meeting-held', { id: m.id, status: { ref: `meeting-status.${req.status}` } });
  const fields = {
    host: req.host,
    title: req.title,
    minutes: req.minutes,
    time: req.time,
    place: req.place,
    online: req.online,
  };
  const fill: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof typeof fields, string | undefined]>) {
    if (value === undefined) continue;
    const old = (m as Record<string, unknown>)[key];
    if (old === null || old === undefined) fill[key] = value;
    else if (differing(m, { [key]: value })) throw conflictOn('meeting', m.id, key, old, value);
  }
  if (req.status === 'held' && !m.host && !req.host) {
    const host = hostDue(ctx, m.body, m.date);
    if (host) fill.host = host;
  }
  if (m.status === req.status && Object.keys(fill).length === 0)
    return { kind: 'already', message: message('edit.already', { what: { ref: 'kind.meeting' }, id: m.id }) };
  const editor = ctx.edit(found.file);
  const at = ['meetings', found.index];
  if (m.status !== req.status) editor.set([...at, 'status'], req.status);
  for (const [key, value] of Object.entries(fill)) editor.set([...at, key], value);
  const summary =
    m.status !== req.status
      ? message('edit.meeting-status', {
          id: m.id,
          status: { ref: `meeting-status.${req.status}` },
          file: found.file,
        })
      : message('edit.meeting-updated', { id: m.id, file: found.file });
  return { kind: 'change', change: { edits: [editor.done()], summary } };
}

/**
 * SPEC section 10: a path of `--minutes` must name a file in the agreement folder, as rule
 * minutes-not-found checks; what validate would flag is refused here in one line (exit 2, as any
 * argument that names nothing).
 */
export function checkMinutes(ctx: RecordContext, value: string): void {
  const { lookup, suggested } = ctx.minutesFile(value);
  if (suggested !== null) throw usage('edit.minutes-from-folder', { path: value, suggested });
  const problem = minutesProblem(value, lookup);
  if (problem) throw usage('edit.minutes-not-found', { problem: { message: problem } });
}

/** The object without its undefined fields, in the order given. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
