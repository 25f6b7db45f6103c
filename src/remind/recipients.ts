import type { CalendarDate } from '../dates.js';
import { actingParties } from '../domain/membership.js';
import { secretariatOn } from '../domain/secretariat.js';
import type { AgreementData, Person } from '../model/index.js';
import type { Recipient } from './reminder.js';

const toRecipient = (p: Person): Recipient => ({
  person: p.id,
  party: p.party,
  role: p.role,
  name: p.name ?? null,
  email: p.email ?? null,
});

/**
 * Clause 4: the secretariat (on the day: SPEC section 13) coordinates and prepares the meetings, so it receives every reminder;
 * for a rotating body the contact persons (clause 8) of the host and of the leader too; and
 * whoever the item names.
 */
export function recipients(
  data: AgreementData,
  extra: {
    host?: string | null;
    holders?: Array<string | null | undefined>;
    date?: string;
    people?: Array<string | null | undefined>;
  },
): Recipient[] {
  const people = data.people;
  if (!people) return [];
  const date = extra.date ?? data.agreement.validity.from;
  // SPEC section 13: a rotating secretariat is the holding party's people of the secretariat.
  const ids = [...secretariatOn(data, date as CalendarDate).people];
  for (const holder of [extra.host, ...(extra.holders ?? [])]) {
    if (!holder) continue;
    for (const party of actingParties(data.agreement, holder, date))
      if (people.contacts[party]) ids.push(people.contacts[party]!);
  }
  for (const id of extra.people ?? []) if (id) ids.push(id);
  const byId = new Map(people.people.map((p) => [p.id, p]));
  return [...new Set(ids)].flatMap((id) => {
    const person = byId.get(id);
    return person ? [toRecipient(person)] : [];
  });
}
