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
 * Clause 4: the secretariat coordinates and prepares the meetings, so it receives every reminder;
 * for a rotating body the host's contact person (clause 8) too; and whoever the item names.
 */
export function recipients(
  data: AgreementData,
  extra: { host?: string | null; people?: Array<string | null | undefined> },
): Recipient[] {
  const people = data.people;
  if (!people) return [];
  const ids = [...people.secretariat];
  if (extra.host && people.contacts[extra.host]) ids.push(people.contacts[extra.host]!);
  for (const id of extra.people ?? []) if (id) ids.push(id);
  const byId = new Map(people.people.map((p) => [p.id, p]));
  return [...new Set(ids)].flatMap((id) => {
    const person = byId.get(id);
    return person ? [toRecipient(person)] : [];
  });
}
