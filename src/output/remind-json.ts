import { jsonText } from './json-text.js';
import type { RemindView } from './remind-view.js';

// A public interface (SPEC section 6): field names and order are fixed.
export function remindJson(view: RemindView): string {
  const reminders = view.entries.flatMap((entry) =>
    entry.reminders.map((r) => ({
      agreement: r.agreement,
      subject: r.subject,
      kind: r.kind,
      title: view.render(r.title),
      // Added in issue 13, after the fields of SPEC section 6: the obligation's state code (null
      // for a planned meeting that closes none) and the days to the deadline (null without one).
      state: r.state,
      daysLeft: r.daysLeft,
      deadline: r.deadline,
      date: r.date,
      suggested: r.suggested,
      recipients: r.recipients,
      agenda: r.agenda.map((m) => view.render(m)),
    })),
  );
  return jsonText({ asOf: view.asOf, reminders });
}
