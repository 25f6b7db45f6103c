import type { AgreementData, Person } from '../model/index.js';
import { isMember } from './membership.js';

// SPEC section 13: a body's members (people of people.yaml; their term applies), the seats they
// fill ("fem representanter fra kommunene, fem fra helseforetaket og to brukerrepresentanter") and
// who of them were present at a meeting. The rules seats and quorum and `record attendance` read
// it here, so they agree on who is a member on a day.

/** Whether a person's term (SPEC section 12) holds `date`; a person without a term always. */
export function inTerm(person: Person, date: string): boolean {
  const from = person.term?.from;
  const until = person.term?.until;
  return (!from || from <= date) && (!until || date <= until);
}

/**
 * The written member list of a meeting's body: `governance.bodies.<id>.members`, or a working
 * group's `members`; null when there is none (then nobody is a non-member).
 */
export function memberIdsOf(data: AgreementData, body: string): readonly string[] | null {
  const written = data.agreement.governance.bodies[body];
  if (written) return written.members ?? null;
  return data.workingGroups.find((g) => g.id === body)?.members ?? null;
}

/**
 * The members of a body on `date`: the people of its list whose term holds that day and whose
 * party is a member of the agreement then. An id that is no person of people.yaml is left out (rule
 * reference reports it); a listed id counts once.
 */
export function membersOn(data: AgreementData, body: string, date: string): Person[] {
  const ids = memberIdsOf(data, body);
  if (!ids) return [];
  const people = new Map((data.people?.people ?? []).map((p) => [p.id, p]));
  const parties = new Map(data.agreement.parties.map((p) => [p.id, p]));
  const out: Person[] = [];
  for (const id of new Set(ids)) {
    const person = people.get(id);
    if (!person || !inTerm(person, date)) continue;
    const party = parties.get(person.party);
    if (party && !isMember(data.agreement, party, date)) continue;
    out.push(person);
  }
  return out;
}

/**
 * The key of `seats` a member counts toward (SPEC section 13): their `seat` label only, when they
 * have one; else their party where it is a key, else their side. Null: no key of `seats` is theirs
 * (a label that is not a key stays theirs, and is reported as such).
 */
export function seatOf(
  data: AgreementData,
  seats: Readonly<Record<string, number>>,
  person: Person,
): string | null {
  if (person.seat) return person.seat;
  if (Object.hasOwn(seats, person.party)) return person.party;
  const side = data.agreement.parties.find((p) => p.id === person.party)?.side;
  return side && Object.hasOwn(seats, side) ? side : null;
}
