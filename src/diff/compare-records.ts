import { type AgreementData, allMeetings } from '../model/index.js';
import type { Meeting } from '../model/meetings.js';
import type {
  ActionChange,
  DecisionChange,
  MeasureChange,
  MeetingChange,
  PersonChange,
  PlanChange,
} from './changes.js';

// What was recorded between two revisions of one agreement, item by item by id (ids stay when
// an item moves: `record move` keeps the meeting's). Pure: two loaded AgreementData in, lists out.

type Data = AgreementData | null;

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Every key of either side, in the head's order, then what only the base had. */
function keysOf<T>(base: Map<string, T>, head: Map<string, T>): string[] {
  return [...new Set([...head.keys(), ...base.keys()])];
}

const meetingsOf = (data: Data): Meeting[] => (data ? allMeetings(data).map((m) => m.meeting) : []);

const ADDED_AS: Record<Meeting['status'], MeetingChange['change']> = {
  planned: 'planned',
  held: 'recorded',
  cancelled: 'cancelled',
};

export function meetingChanges(base: Data, head: Data): MeetingChange[] {
  const before = byKey(meetingsOf(base), (m) => m.id);
  const after = byKey(meetingsOf(head), (m) => m.id);
  return keysOf(before, after).flatMap((id): MeetingChange[] => {
    const b = before.get(id);
    const a = after.get(id);
    if (!a) return b ? [{ change: 'removed', id, body: b.body, date: b.date }] : [];
    const reason = a.cancelled?.reason ?? null;
    const at = { id, body: a.body, date: a.date };
    if (!b) return [{ ...at, change: ADDED_AS[a.status], ...(a.status === 'cancelled' ? { reason } : {}) }];
    const out: MeetingChange[] = [];
    if (a.date !== b.date) out.push({ ...at, change: 'moved', from: b.date });
    if (a.status !== b.status && a.status === 'held') out.push({ ...at, change: 'recorded' });
    if (a.status !== b.status && a.status === 'cancelled') out.push({ ...at, change: 'cancelled', reason });
    return out;
  });
}

export function decisionChanges(base: Data, head: Data): DecisionChange[] {
  const items = (data: Data) =>
    meetingsOf(data).flatMap((m) =>
      (m.decisions ?? []).map((d) => ({ meeting: m.id, id: d.id, text: d.text })),
    );
  const before = byKey(items(base), (d) => `${d.meeting}/${d.id}`);
  const after = byKey(items(head), (d) => `${d.meeting}/${d.id}`);
  return keysOf(before, after).flatMap((key): DecisionChange[] => {
    const b = before.get(key);
    const a = after.get(key);
    if (a && !b) return [{ change: 'added', ...a }];
    if (b && !a) return [{ change: 'removed', ...b }];
    return [];
  });
}

export function actionChanges(base: Data, head: Data): ActionChange[] {
  const items = (data: Data) =>
    meetingsOf(data).flatMap((m) =>
      (m.actions ?? []).map((x) => ({
        meeting: m.id,
        id: x.id,
        text: x.text,
        owner: x.owner ?? null,
        due: x.due ?? null,
        done: x.done ?? null,
      })),
    );
  return doneChanges(items(base), items(head), (x) => `${x.meeting}/${x.id}`);
}

/** Items that are done at some point (actions, measures): added, removed, or done since the base. */
function doneChanges<T extends { done: string | null }>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
): Array<T & { change: 'added' | 'removed' | 'done' }> {
  type Change = T & { change: 'added' | 'removed' | 'done' };
  const before = byKey(base, key);
  const after = byKey(head, key);
  return keysOf(before, after).flatMap((k): Change[] => {
    const b = before.get(k);
    const a = after.get(k);
    // `change` first: the JSON's fields in a fixed order.
    if (a && !b) return [{ change: 'added', ...a } as Change];
    if (b && !a) return [{ change: 'removed', ...b } as Change];
    if (a && b && a.done !== null && b.done === null) return [{ change: 'done', ...a } as Change];
    return [];
  });
}

export function planChanges(base: Data, head: Data): PlanChange[] {
  const before = byKey(base?.actionPlans.map((p) => p.value) ?? [], (p) => p.id);
  const after = byKey(head?.actionPlans.map((p) => p.value) ?? [], (p) => p.id);
  return keysOf(before, after).flatMap((id): PlanChange[] => {
    const b = before.get(id);
    const a = after.get(id);
    if (!a) return b ? [{ change: 'removed', id, title: b.title, date: null }] : [];
    if (a.status === b?.status) return [];
    if (a.status === 'adopted')
      return [{ change: 'adopted', id, title: a.title, date: a.adopted?.date ?? null }];
    if (a.status === 'retired')
      return [{ change: 'retired', id, title: a.title, date: a.retired?.date ?? null }];
    return b ? [] : [{ change: 'added', id, title: a.title, date: null }];
  });
}

export function measureChanges(base: Data, head: Data): MeasureChange[] {
  const items = (data: Data) =>
    (data?.actionPlans ?? []).flatMap(({ value: p }) =>
      (p.measures ?? []).map((m) => ({ plan: p.id, id: m.id, title: m.title, done: m.done ?? null })),
    );
  return doneChanges(items(base), items(head), (m) => `${m.plan}/${m.id}`);
}

export function peopleChanges(base: Data, head: Data): PersonChange[] {
  const before = byKey(base?.people?.people ?? [], (p) => p.id);
  const after = byKey(head?.people?.people ?? [], (p) => p.id);
  return keysOf(before, after).flatMap((id): PersonChange[] => {
    const b = before.get(id);
    const a = after.get(id);
    if (a && !b) return [{ change: 'added', id, name: a.name ?? null }];
    if (b && !a) return [{ change: 'removed', id, name: b.name ?? null }];
    return [];
  });
}
