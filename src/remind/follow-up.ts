import type { CalendarDate } from '../dates.js';
import { formatSubject } from '../domain/subject.js';
import type { Obligation } from '../engine/obligation.js';
import type { Message } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { carriedActions, followUpItems, heldBefore, type PreviousMeeting } from '../plan/follow-up.js';

// SPEC section 10: what a meeting decided comes back at the body's next meeting. The agenda opens
// with the approval of the previous meeting's minutes, and carries forward every action of the
// body's earlier meetings that is not done, with who owns it and when it is due. The year plan
// carries the same to each planned meeting (src/plan/follow-up.ts).

export interface FollowUp {
  /** "Godkjenning av referat" from the previous held meeting of the body, if there is one. */
  minutes: Message[];
  /** The open actions of the body's earlier meetings, oldest meeting first. */
  actions: Message[];
  /** The subjects of those actions, so that the agenda does not list them twice. */
  subjects: ReadonlySet<string>;
}

export function followUp(
  data: AgreementData,
  obligations: readonly Obligation[],
  bodyId: string,
  by: CalendarDate,
): FollowUp {
  const last = heldBefore(data, bodyId, by).at(-1);
  const previous: PreviousMeeting | null = last
    ? { meeting: last.id, date: last.date as CalendarDate, status: 'held' }
    : null;
  const state = new Map(obligations.map((o) => [o.subject, o.state]));
  // The engine's state where it tracks the action (it has a deadline); else its own done date.
  const actions = carriedActions(data, bodyId, by, (subject, done) =>
    state.has(subject) ? state.get(subject) !== 'done' : !done,
  );
  const items = followUpItems(previous, actions, namesOf(data));
  return {
    minutes: items.slice(0, previous ? 1 : 0),
    actions: items.slice(previous ? 1 : 0),
    subjects: new Set(
      actions.map((a) => formatSubject({ kind: 'action', meeting: a.meeting, action: a.id })),
    ),
  };
}
