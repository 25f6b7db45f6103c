import type { AgreementData } from '../model/index.js';
import { allMeetings } from '../model/index.js';

/**
 * What people read instead of ids (SPEC section 11): a party by its name, a person by name (else
 * role, with the party where two read the same), a body or working group by its name, a meeting by its title (else body and date). An id
 * the data does not know reads as itself, so a broken reference still says what it points at.
 */
export interface Names {
  party(id: string): string;
  /** A side of SPEC section 12 by its name. */
  side(id: string): string;
  /** A role's holder: a party or a side. */
  holder(id: string): string;
  person(id: string): string;
  /** A person or a party (measures and actions may name either), or a side or a body (a duty's `responsible`). */
  who(id: string): string;
  body(id: string): string;
  /** A meeting's title, or null: the caller words "body, date" in its language. */
  meetingTitle(id: string): string | null;
  meetingBodyAndDate(id: string): { body: string; date: string } | null;
  /** Who may receive mail for a person: the e-mail address, if the data has one. */
  email(personId: string): string | null;
}

export function namesOf(data: AgreementData | null | undefined): Names {
  const parties = new Map(data?.agreement.parties.map((p) => [p.id, p.name]) ?? []);
  const people = new Map(data?.people?.people.map((p) => [p.id, p]) ?? []);
  const bodies = new Map<string, string>([
    ...Object.entries(data?.agreement.governance.bodies ?? {}).map(([id, b]) => [id, b.name] as const),
    ...(data?.workingGroups ?? []).map((g) => [g.id, g.name] as const),
  ]);
  const meetings = new Map(data ? allMeetings(data).map(({ meeting }) => [meeting.id, meeting]) : []);
  const party = (id: string) => parties.get(id) ?? id;
  // Two people read the same ("Sekretariatsmedlem" for each party): each is then named with the
  // party, so that "ansvarlig: Sekretariatsmedlem" says whose.
  const labels = new Map<string, number>();
  for (const p of people.values()) labels.set(p.name ?? p.role, (labels.get(p.name ?? p.role) ?? 0) + 1);
  const person = (id: string) => {
    const p = people.get(id);
    if (!p) return id;
    const label = p.name ?? p.role;
    return (labels.get(label) ?? 0) > 1 && p.party ? `${label}, ${party(p.party)}` : label;
  };
  const sides = new Map(data?.agreement.sides?.map((s) => [s.id, s.name]) ?? []);
  return {
    party,
    side: (id) => sides.get(id) ?? id,
    holder: (id) => parties.get(id) ?? sides.get(id) ?? id,
    person,
    who: (id) => (people.has(id) ? person(id) : (parties.get(id) ?? sides.get(id) ?? bodies.get(id) ?? id)),
    body: (id) => bodies.get(id) ?? id,
    meetingTitle: (id) => meetings.get(id)?.title ?? null,
    meetingBodyAndDate: (id) => {
      const m = meetings.get(id);
      return m ? { body: bodies.get(m.body) ?? m.body, date: m.date } : null;
    },
    email: (id) => people.get(id)?.email ?? null,
  };
}
