import type { Obligation } from '../engine/obligation.js';
import { jsonText } from './json-text.js';
import type { StatusView } from './status-view.js';

// A public interface (SPEC section 6): fields and their order are fixed; codes are not translated.
function obligationJson(o: Obligation, view: StatusView) {
  return {
    subject: o.subject,
    title: view.render(o.title),
    state: o.state,
    deadline: o.deadline,
    daysLeft: o.daysLeft,
    last: o.last,
    planned: o.planned,
    // SPEC section 14: the date of the planned meeting nobody recorded as held or cancelled.
    ...(o.unrecorded ? { unrecorded: o.unrecorded } : {}),
    ...(o.host !== undefined ? { host: o.host } : {}),
    ...(o.roles !== undefined ? { roles: o.roles } : {}),
    ...(o.secretariat ? { secretariat: o.secretariat } : {}),
    ...(o.remaining !== undefined ? { remaining: o.remaining } : {}),
    missed: o.missed,
  };
}

export function statusJson(view: StatusView): string {
  const agreements = view.entries.map(({ path, status }) => ({
    id: status?.id ?? null,
    path,
    state: status?.state ?? 'invalid',
    obligations: status?.obligations.map((o) => obligationJson(o, view)) ?? [],
  }));
  return jsonText({ asOf: view.asOf, agreements, summary: view.summary });
}
