import type { ObligationState } from '../engine/state.js';
import type { Finding, Message } from '../model/finding.js';

// What `samarbeid diff` found between two revisions (SPEC section 15): data only, compared from
// two results of the same loader and the same one list of occurrences; the views word it. The
// Dates are YYYY-MM-DD as the files write them. The field names are the JSON format's (README, "## diff", describes them) and stay as they are.

/** YYYY-MM-DD. */
type IsoDay = string;

export type MeetingChangeKind = 'planned' | 'recorded' | 'moved' | 'cancelled' | 'removed';

export interface MeetingChange {
  change: MeetingChangeKind;
  id: string;
  body: string;
  date: IsoDay;
  /** `moved`: the date before. */
  from?: IsoDay;
  /** `cancelled`: the reason given, if any. */
  reason?: string | null;
}

export interface DecisionChange {
  change: 'added' | 'removed';
  meeting: string;
  id: string;
  text: string;
}

export interface ActionChange {
  change: 'added' | 'removed' | 'done';
  meeting: string;
  id: string;
  text: string;
  owner: string | null;
  due: IsoDay | null;
  done: IsoDay | null;
}

export interface PlanChange {
  change: 'added' | 'removed' | 'adopted' | 'retired';
  id: string;
  title: string;
  /** `adopted` and `retired`: the day. */
  date: IsoDay | null;
}

export interface MeasureChange {
  change: 'added' | 'removed' | 'done';
  plan: string;
  id: string;
  title: string;
  done: IsoDay | null;
}

export interface PersonChange {
  change: 'added' | 'removed';
  id: string;
  name: string | null;
}

/** One obligation as either side's status gave it: what a reviewer compares. */
export interface ObligationFacts {
  state: ObligationState;
  deadline: IsoDay;
  /** Who holds it, as ids: the item's named person or party, the host, the secretariat, role holders. */
  holder: string | null;
}

export interface ObligationChange {
  change: 'added' | 'removed' | 'changed';
  subject: string;
  title: Message;
  /** Which of state, deadline and holder differ (`changed` only). */
  changed: Array<'state' | 'deadline' | 'holder'>;
  before: ObligationFacts | null;
  after: ObligationFacts | null;
}

export interface AgreementChanges {
  /** The agreement folder as the loader shows it. */
  path: string;
  id: string | null;
  title: string | null;
  change: 'added' | 'removed' | 'changed';
  meetings: MeetingChange[];
  decisions: DecisionChange[];
  actions: ActionChange[];
  plans: PlanChange[];
  measures: MeasureChange[];
  people: PersonChange[];
  obligations: ObligationChange[];
}

export interface FindingChanges {
  added: Finding[];
  resolved: Finding[];
}

export interface Changes {
  /** Only agreements with at least one change, in folder order. */
  agreements: AgreementChanges[];
  findings: FindingChanges;
}
