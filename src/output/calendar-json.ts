import type { CalendarView } from './calendar-view.js';
import { icsUid } from './ics-uid.js';
import { jsonText } from './json-text.js';
import { offWords } from './skipped-words.js';

// A public interface (SPEC section 9): field names and order are fixed; `asOf` after them,
// `followUp` after `host` (SPEC section 10), and with --explain each event's skipped days.
export function calendarJson(view: CalendarView): string {
  const events = view.entries.flatMap((entry) =>
    entry.events.map((e) => ({
      uid: icsUid(e.key),
      agreement: e.agreement,
      subject: e.subject,
      kind: e.kind,
      status: e.status,
      date: e.date,
      deadline: e.deadline,
      title: view.render(e.title),
      body: e.body,
      host: e.host,
      // SPEC section 10, for planned and proposed meetings (docs/calendar.md); null for the rest.
      followUp: e.followUp && {
        minutes: e.followUp.minutes && {
          meeting: e.followUp.minutes.meeting,
          date: e.followUp.minutes.date,
          status: e.followUp.minutes.status,
        },
        actions: e.followUp.actions.map((a) => ({
          meeting: a.meeting,
          meetingDate: a.date,
          id: a.id,
          text: a.text,
          owner: a.owner,
          due: a.due,
        })),
      },
      ...(view.explain
        ? { skipped: e.skipped.map((s) => ({ date: s.date, reason: offWords(s.off, view.t) })) }
        : {}),
    })),
  );
  return jsonText({ from: view.from, to: view.to, asOf: view.asOf, events });
}
