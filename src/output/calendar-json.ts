import type { CalendarView } from './calendar-view.js';
import { icsUid } from './ics-uid.js';
import { jsonText } from './json-text.js';
import { offWords } from './skipped-words.js';

// A public interface (SPEC section 9): field names and order are fixed; `asOf` after them, and
// with --explain each event's skipped days.
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
      ...(view.explain
        ? { skipped: e.skipped.map((s) => ({ date: s.date, reason: offWords(s.off, view.t) })) }
        : {}),
    })),
  );
  return jsonText({ from: view.from, to: view.to, asOf: view.asOf, events });
}
