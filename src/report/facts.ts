import type { Obligation } from '../engine/obligation.js';
import type { AgreementData } from '../model/index.js';
import type { Area, ObligationFacts, ReportPeriod } from './model.js';
import { overlaps } from './period.js';

export type Lookup = (subject: string) => Obligation | undefined;

export function lookup(obligations: readonly Obligation[]): Lookup {
  const bySubject = new Map(obligations.map((o) => [o.subject, o]));
  return (subject) => bySubject.get(subject);
}

export function facts(o: Obligation | undefined): ObligationFacts | null {
  return o ? { subject: o.subject, state: o.state, deadline: o.deadline, missed: o.missed } : null;
}

/**
 * The periods of the report that went without what the cadence requires: the engine's missed
 * periods that overlap the report period, and the period that closes on the report's last day
 * when it still lacks events then (the engine, as of that day, gives it as the deadline). A rolling
 * gap still open at the end is the state `overdue`, as in status, and is not listed.
 */
export function missedIn(o: Obligation | undefined, period: ReportPeriod): string[] {
  if (!o) return [];
  const missed = o.missed.filter((label) => overlaps(label, period));
  const closesNow = o.remaining !== undefined && o.deadline === period.to;
  if (closesNow && o.state !== 'done' && !missed.includes(o.period)) missed.push(o.period);
  return missed;
}

export function areaOf(data: AgreementData, id: string | null | undefined): Area | null {
  if (!id) return null;
  const area = data.agreement.areas?.find((a) => a.id === id);
  return { id, title: area?.title ?? id };
}
