import type { CalendarDate } from '../dates.js';
import type { AgreementState } from '../engine/agreement-state.js';
import type { ObligationState } from '../engine/state.js';
import type { Cadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';

// The yearly results report of clause 6, as data: ids, dates, counts and the engine's states. The
// words are the formatters' (src/output/report-*), so the JSON is the same in every language.

/** The report's period, both ends inclusive; the engine answers as of `to`. */
export interface ReportPeriod {
  from: CalendarDate;
  to: CalendarDate;
}

/** What the engine says about an obligation as of the period's last day: the same as `status --as-of`. */
export interface ObligationFacts {
  subject: string;
  state: ObligationState;
  deadline: CalendarDate;
  missed: string[];
}

export interface MeetingRef {
  id: string;
  date: CalendarDate;
  title: string | null;
  minutes: string | null;
}

/** A body's (or a working group's) meetings in the period against its cadence (clause 4). */
export interface BodyReport {
  id: string;
  name: string;
  workingGroup: boolean;
  /** The cadence read (JSON gives its text, as written in the agreement). */
  cadence: Cadence | null;
  /** Meetings the cadence requires in the period; null for rolling cadences and for none. */
  required: number | null;
  held: MeetingRef[];
  cancelled: MeetingRef[];
  planned: MeetingRef[];
  /** Periods (labels) or rolling gaps (FROM/TO) of the report period without the meetings required. */
  missed: string[];
  obligation: ObligationFacts | null;
}

export interface Area {
  id: string;
  title: string;
}

export interface EvaluationReport {
  date: CalendarDate;
  meeting: string | null;
  summary: string | null;
  results: Array<{ area: Area; text: string }>;
}

export interface PlanReport {
  id: string;
  title: string;
  owner: string;
  /** The plan's status as of the period's last day. */
  status: 'draft' | 'adopted' | 'retired';
  adopted: CalendarDate | null;
  adoptedInPeriod: boolean;
  /** Evaluations in the period; for the committee's plan the yearly revision (clause 4). */
  evaluations: Array<{ date: CalendarDate; summary: string | null }>;
  obligation: ObligationFacts | null;
}

/** A measure or a meeting action as of the period's last day: done on time, done late, open or overdue. */
export type ItemOutcome = 'done' | 'late-done' | 'open' | 'overdue';

export interface ItemReport {
  subject: string;
  title: string;
  /** The plan's title, or the meeting's id. */
  source: string;
  area: Area | null;
  responsible: string | null;
  due: CalendarDate;
  done: CalendarDate | null;
  outcome: ItemOutcome;
}

export type ItemCounts = Record<ItemOutcome, number>;

export interface ItemGroup {
  area: Area | null;
  counts: ItemCounts;
  items: ItemReport[];
}

export interface GroupReport {
  id: string;
  name: string;
  area: Area | null;
  leader: string;
  cadence: Cadence | null;
  reports: Array<{ date: CalendarDate; summary: string | null }>;
  missed: string[];
  obligation: ObligationFacts | null;
}

export interface SubAgreementReport {
  id: string;
  title: string;
  area: Area | null;
  /** approved: by every party, by the period's last day. */
  status: 'approved' | 'awaiting';
  approvedOn: CalendarDate | null;
  approvedInPeriod: boolean;
  /** Parties whose approval is missing. */
  missing: string[];
  validUntil: CalendarDate | null;
  /** validUntil falls in the period or in the year after it. */
  expiring: boolean;
}

export interface ComingItem {
  subject: string;
  kind: string;
  title: Message;
  state: ObligationState;
  deadline: CalendarDate;
  /** Who acts: the item's own person or party, or the host of a rotating body. */
  named: string | null;
  host: string | null;
}

export interface AgreementReport {
  id: string;
  title: string;
  path: string;
  state: AgreementState;
  period: ReportPeriod;
  parties: Array<{ id: string; name: string }>;
  bodies: BodyReport[];
  evaluations: EvaluationReport[];
  evaluation: ObligationFacts | null;
  plans: PlanReport[];
  measures: ItemGroup[];
  actions: ItemGroup;
  groups: GroupReport[];
  subAgreements: SubAgreementReport[];
  /** What falls due in the year after the period, and what is overdue at its end. */
  coming: ComingItem[];
}
