import { compareText } from '../compare.js';
import type { CalendarDate } from '../dates.js';
import type { Obligation } from '../engine/obligation.js';
import type { Message, Param } from '../model/finding.js';
import { type AgreementData, allMeetings, type Meeting } from '../model/index.js';
import { namesOf } from '../names/names.js';

// SPEC section 10: what a meeting decided comes back at the body's next meeting. The agenda opens
// with the approval of the previous meeting's minutes, and carries forward every action of the
// body's earlier meetings that is not done, with who owns it and when it is due.

export interface FollowUp {
  /** "Godkjenning av referat" from the previous held meeting of the body, if there is one. */
  minutes: Message[];
  /** The open actions of the body's earlier meetings, oldest meeting first. */
  actions: Message[];
  /** The subjects of those actions, so that the agenda does not list them twice. */
  subjects: ReadonlySet<string>;
}

const byDate = (a: Meeting, b: Meeting) => compareText(a.date, b.date) || compareText(a.id, b.id);

export function followUp(
  data: AgreementData,
  obligations: readonly Obligation[],
  bodyId: string,
  by: CalendarDate,
): FollowUp {
  const earlier = allMeetings(data)
    .map((m) => m.meeting)
    .filter((m) => m.body === bodyId && m.status === 'held' && m.date < by)
    .sort(byDate);
  const previous = earlier.at(-1);
  const minutes: Message[] = previous
    ? [{ id: 'agenda.approve-minutes', params: { date: { date: previous.date } } }]
    : [];
  const state = new Map(obligations.map((o) => [o.subject, o.state]));
  const names = namesOf(data);
  const actions: Message[] = [];
  const subjects = new Set<string>();
  for (const meeting of earlier) {
    for (const a of meeting.actions ?? []) {
      const subject = `action:${meeting.id}/${a.id}`;
      // The engine's state where it tracks the action (it has a deadline); else its own done date.
      const open = state.has(subject) ? state.get(subject) !== 'done' : !a.done;
      if (!open) continue;
      subjects.add(subject);
      const owner: Param = a.owner ? names.who(a.owner) : { ref: 'responsible.secretariat' };
      const params = { action: a.text, date: { date: meeting.date }, owner };
      actions.push(
        a.due
          ? { id: 'agenda.open-action', params: { ...params, due: { date: a.due } } }
          : { id: 'agenda.open-action-no-due', params },
      );
    }
  }
  return { minutes, actions, subjects };
}
