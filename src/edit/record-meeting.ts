import type { CalendarDate } from '../dates.js';
import { hostDueOn, isRotating } from '../engine/host-rotation.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { type Planned, planned, refuse } from './change.js';
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

  const existing = meetings.find(
    (m) => m.meeting.body === req.body && m.meeting.date === req.date && m.meeting.status === 'planned',
  );
  if (existing && req.status !== 'planned') {
    const text = texts.get(existing.file);
    if (text === undefined) return refuse('edit.unreadable', { file: existing.file });
    const at = ['meetings', existing.index];
    let after = setIn(text, [...at, 'status'], req.status);
    if (req.host && req.host !== existing.meeting.host) after = setIn(after, [...at, 'host'], req.host);
    if (req.title) after = setIn(after, [...at, 'title'], req.title);
    const params = { id: existing.meeting.id, status: req.status, file: existing.file };
    return planned(existing.file, text, after, { id: 'edit.meeting-updated', params });
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
  return planned(file, before, after, { id: 'edit.meeting-added', params: { id, file } });
}
