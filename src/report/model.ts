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
  /** A cancelled meeting's reason, where one was recorded. */
  reason?: string;
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
  /** SPEC section 14: retired by the period's last day (`record retire`); absent otherwise. */
  retired?: { date: CalendarDate; meeting: string | null; replacedBy: string | null };
}

/**
 * A measure or a meeting action as of the period's last day: done on time, done late, open or
 * overdue; or not carried out, a measure still open when its plan retired in the period (SPEC section 14).
 */
export type ItemOutcome = 'done' | 'late-done' | 'open' | 'overdue' | 'not-carried-out';

export interface ItemReport {
  subject: string;
  title: string;
  /** The plan's title, or the meeting's id. */
  source: string;
  area: Area | null;
  responsible: string | null;
  /** Null only for a measure without a due date that its plan's retirement left not carried out. */
  due: CalendarDate | null;
  done: CalendarDate | null;
  outcome: ItemOutcome;
}

/** `not-carried-out` is counted only where there is one (the JSON of other reports stays as it was). */
export type ItemCounts = Record<Exclude<ItemOutcome, 'not-carried-out'>, number> & {
  'not-carried-out'?: number;
};

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
  /** As written: the first day on which it no longer applies. */
  validUntil: CalendarDate | null;
  /** Its last day, the deadline status gives its expiry (`sub-agreement:<id>`, SPEC section 4). */
  expires: CalendarDate | null;
  /** That deadline falls in the period or in the year after it. */
  expiring: boolean;
}

/** A meeting held in the period and the decisions it made (SPEC section 14). */
export interface MeetingDecisions {
  meeting: string;
  body: string;
  date: CalendarDate;
  title: string | null;
  decisions: Array<{ id: string; text: string; adopts: string | null; fulfils: string | null }>;
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
  /** The decisions of the meetings held in the period, in date order (SPEC section 14). */
  decisions: MeetingDecisions[];
  /** Every area of cooperation (clause 5), in the agreement's order. */
  areas: Area[];
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
