import type { CalendarDate } from '../dates.js';
import { hostDueOn, isRotating } from '../engine/host-rotation.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { type Planned, refuse } from './change.js';
import { schemaLineFor } from './schema-line.js';
import { appendIn, newListFile, setIn } from './yaml-splice.js';

export interface MeetingRequest {
  body: string;
  date: CalendarDate;
  status: Meeting['status'];
  host?: string;
  id?: string;
  title?: string;
}

function uniqueId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Appends to meetings/<year>.yaml, or marks the planned meeting of that body and date as held. */
export function planMeeting(
  data: AgreementData,
  texts: ReadonlyMap<string, string>,
  req: MeetingRequest,
): Planned {
  const meetings = allMeetings(data);
  const { agreement } = data;
  const rotating = isRotating(agreement, req.body);
  const host =
    req.host ??
    (rotating
      ? hostDueOn(
          agreement,
          meetings.map((m) => m.meeting),
          req.body,
          req.date,
        )
      : null);

  const planned = meetings.find(
    (m) => m.meeting.body === req.body && m.meeting.date === req.date && m.meeting.status === 'planned',
  );
  if (planned && req.status !== 'planned') {
    const text = texts.get(planned.file);
    if (text === undefined) return refuse('edit.unreadable', { file: planned.file });
    const at = ['meetings', planned.index];
    let after = setIn(text, [...at, 'status'], req.status);
    if (req.host && req.host !== planned.meeting.host) after = setIn(after, [...at, 'host'], req.host);
    if (req.title) after = setIn(after, [...at, 'title'], req.title);
    const summary = {
      id: 'edit.meeting-updated',
      params: { id: planned.meeting.id, status: req.status, file: planned.file },
    };
    return { ok: true, change: { file: planned.file, before: text, after, summary } };
  }

  const taken = new Set(meetings.map((m) => m.meeting.id));
  if (req.id && taken.has(req.id)) return refuse('edit.id-taken', { id: req.id });
  const id = req.id ?? uniqueId(taken, `${req.date}-${req.body}`);
  const entry: Record<string, string> = { id, body: req.body, date: req.date, status: req.status };
  if (req.title) entry.title = req.title;
  if (host) entry.host = host;

  const file = `meetings/${req.date.slice(0, 4)}.yaml`;
  const before = texts.get(file) ?? null;
  const after =
    before === null
      ? newListFile(schemaLineFor(texts, 'meetings'), 'meetings', entry)
      : appendIn(before, ['meetings'], entry, 'block');
  return {
    ok: true,
    change: { file, before, after, summary: { id: 'edit.meeting-added', params: { id, file } } },
  };
}
