import { membersOn, seatOf } from '../domain/seats.js';
import { seatsMessages } from '../i18n/rules/seats.js';
import type { RuleFinding } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: "fem representanter fra kommunene, fem fra helseforetaket og to
// brukerrepresentanter". The members of a body as of the as-of date (their terms, their parties'
// membership) fill its seats: a person with `seat` that label only, others their party where it is
// a key, else their side. More members than seats is an error (the body is not composed as agreed);
// fewer is a warning, a vacancy, named; a member no key of `seats` is for is an error.
export const seatsRule: DataRule<typeof seatsMessages> = {
  id: 'seats',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'people'],
  description:
    "A body's members as of the as-of date fill its seats: not more than a side, party or label has (error), a vacant seat named (warning), no member without a seat (error).",
  messages: seatsMessages,
  check({ data, asOf }) {
    const report = reporter(this);
    const names = namesOf(data);
    const out: RuleFinding[] = [];
    for (const [id, body] of Object.entries(data.agreement.governance.bodies)) {
      const seats = body.seats;
      if (!seats || !body.members) continue;
      const at = ['governance', 'bodies', id];
      const count = new Map<string, number>();
      for (const person of membersOn(data, id, asOf)) {
        const seat = seatOf(data, seats, person);
        if (seat !== null && Object.hasOwn(seats, seat)) {
          count.set(seat, (count.get(seat) ?? 0) + 1);
          continue;
        }
        out.push(
          report(AGREEMENT, [...at, 'members', body.members.indexOf(person.id)], 'seats.no-seat', {
            person: names.person(person.id),
            body: body.name,
            seat: seat ?? seatName(data, sideOrParty(data, person.party)),
          }),
        );
      }
      for (const [key, n] of Object.entries(seats)) {
        const filled = count.get(key) ?? 0;
        const params = { body: body.name, seat: seatName(data, key), count: filled, seats: n };
        if (filled > n) out.push(report(AGREEMENT, [...at, 'seats', key], 'seats.too-many', params));
        else if (filled < n)
          out.push(
            report(
              AGREEMENT,
              [...at, 'seats', key],
              'seats.vacant',
              { ...params, vacant: n - filled },
              { severity: 'warning' },
            ),
          );
      }
    }
    return out;
  },
};

/** A key of `seats` as the reader knows it: a side's or party's name, else the label itself. */
function seatName(data: AgreementData, key: string): string {
  const names = namesOf(data);
  if ((data.agreement.sides ?? []).some((s) => s.id === key)) return names.side(key);
  if (data.agreement.parties.some((p) => p.id === key)) return names.party(key);
  return key;
}

/** The side of a party when it has one, else the party: what a member without a seat belongs to. */
function sideOrParty(data: AgreementData, party: string): string {
  return data.agreement.parties.find((p) => p.id === party)?.side ?? party;
}
