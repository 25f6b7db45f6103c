import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import type { Track } from '../domain/occurrence.js';
import { formatSubject } from '../domain/subject.js';
import type { Obligation } from '../engine/obligation.js';
import { type AgreementData, allMeetings } from '../model/index.js';
import { areaOf, type Lookup } from './facts.js';
import type { Area, ItemCounts, ItemGroup, ItemOutcome, ItemReport, ReportPeriod } from './model.js';

/**
 * Clause 6, "følge opp og evaluere iverksatte tiltak": what became of each measure or action as of
 * the period's last day, from the engine's state. Done before the period: reported in an earlier
 * report, left out.
 */
function outcome(o: Obligation, period: ReportPeriod): ItemOutcome | null {
  if (o.state === 'done') {
    if (!o.last || o.last < period.from) return null;
    return o.last > o.deadline ? 'late-done' : 'done';
  }
  return o.state === 'overdue' ? 'overdue' : 'open';
}

const emptyCounts = (): ItemCounts => ({ done: 0, 'late-done': 0, open: 0, overdue: 0 });

function group(area: Area | null, items: ItemReport[]): ItemGroup {
  const counts = emptyCounts();
  for (const item of items) counts[item.outcome] = (counts[item.outcome] ?? 0) + 1;
  return { area, counts, items };
}

interface Candidate {
  subject: string;
  title: string;
  source: string;
  area: Area | null;
  responsible: string | null;
  due?: CalendarDate | null;
}

function items(
  candidates: readonly Candidate[],
  period: ReportPeriod,
  find: Lookup,
  ended: ReadonlyMap<string, CalendarDate> = new Map(),
): ItemReport[] {
  return candidates.flatMap(({ due, ...c }): ItemReport[] => {
    // SPEC section 14: open when its plan retired, by the one list of occurrences; one that
    // ended before the period was reported then.
    const stopped = ended.get(c.subject);
    if (stopped)
      return stopped < period.from
        ? []
        : [{ ...c, due: due ?? null, done: null, outcome: 'not-carried-out' as const }];
    const o = find(c.subject);
    const result = o ? outcome(o, period) : null;
    if (!o || !result) return [];
    const done = o.state === 'done' ? o.last : null;
    return [{ ...c, due: o.deadline, done, outcome: result }];
  });
}

/** Measures of the action plans, one group per area of cooperation (clause 5), in the agreement's order. */
export function measureGroups(
  data: AgreementData,
  period: ReportPeriod,
  find: Lookup,
  tracks: readonly Track[],
): ItemGroup[] {
  const candidates = data.actionPlans.flatMap(({ value: plan }) =>
    (plan.measures ?? []).map((m) => ({
      subject: formatSubject({ kind: 'measure', plan: plan.id, measure: m.id }),
      title: m.title,
      source: plan.title,
      area: areaOf(data, m.area),
      responsible: m.responsible ?? null,
      due: (m.due ?? null) as CalendarDate | null,
    })),
  );
  const ended = new Map(
    tracks.flatMap((t) => (t.kind === 'measure' && t.ended ? [[t.id, t.ended] as const] : [])),
  );
  const all = items(candidates, period, find, ended);
  const order = (data.agreement.areas ?? []).map((a) => a.id);
  const keys = [...new Set(all.map((i) => i.area?.id ?? ''))].sort(
    (a, b) => rank(order, a) - rank(order, b) || compareText(a, b),
  );
  return keys.map((key) =>
    group(
      all.find((i) => (i.area?.id ?? '') === key)?.area ?? null,
      all.filter((i) => (i.area?.id ?? '') === key),
    ),
  );
}

// Areas in the agreement's order, unknown areas after them, measures without an area last.
const rank = (order: readonly string[], id: string) =>
  id === '' ? order.length + 2 : order.includes(id) ? order.indexOf(id) : order.length + 1;

/** Actions decided at meetings (held by the period's end), in meeting order. */
export function actionGroup(data: AgreementData, period: ReportPeriod, find: Lookup): ItemGroup {
  const candidates = allMeetings(data)
    .map((m) => m.meeting)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
    .flatMap((meeting) =>
      (meeting.actions ?? []).map((a) => ({
        subject: formatSubject({ kind: 'action', meeting: meeting.id, action: a.id }),
        title: a.text,
        source: meeting.id,
        area: null,
        responsible: a.owner ?? null,
      })),
    );
  return group(null, items(candidates, period, find));
}

export const itemDate = (i: ItemReport): CalendarDate | null => i.done ?? i.due;
