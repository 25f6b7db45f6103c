import { membersOfSide, memberTest } from '../domain/membership.js';
import { orderOf } from '../domain/roles.js';
import { secretariatMessages } from '../i18n/rules/secretariat.js';
import type { AgreementData, Role } from '../model/index.js';
import { currentParties, PEOPLE, partyOf } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4, Sekretariatet: "ett medlem fra Buskerud FK og fra Nav Vest-Viken".
export const secretariatRule: DataRule<typeof secretariatMessages> = {
  id: 'secretariat',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'people'],
  description:
    'The secretariat has exactly one member from each party (clause 4); where the agreement has sides, at least one from each side (SPEC section 12); where it rotates, at least one from each party or side of the rotation (SPEC section 13).',
  messages: secretariatMessages,
  check({ data, asOf }) {
    const report = reporter(this);
    const secretariat = data.people?.secretariat ?? [];
    const out = [];
    const rotation = data.agreement.governance.secretariat;
    if (rotation) {
      for (const holder of holdersOf(data, rotation, asOf)) {
        const parties = new Set(holder.parties);
        if (!secretariat.some((p) => parties.has(partyOf(data, p) ?? '')))
          out.push(report(PEOPLE, ['secretariat'], 'secretariat.rotation-none', { holder: holder.name }));
      }
      return out;
    }
    // SPEC section 12: ten municipalities and a health trust share a small secretariat; with sides,
    // each side is to be represented, not each party.
    const sides = data.agreement.sides ?? [];
    if (sides.length > 0) {
      const sideOfParty = new Map(data.agreement.parties.map((p) => [p.id, p.side]));
      for (const side of sides) {
        if (!secretariat.some((p) => sideOfParty.get(partyOf(data, p) ?? '') === side.id))
          out.push(report(PEOPLE, ['secretariat'], 'secretariat.no-side', { side: side.name }));
      }
      return out;
    }
    for (const party of currentParties(data, asOf)) {
      const members = secretariat.filter((p) => partyOf(data, p) === party.id);
      if (members.length === 0)
        out.push(report(PEOPLE, ['secretariat'], 'secretariat.none', { party: party.name }));
      if (members.length > 1) {
        out.push(
          report(PEOPLE, ['secretariat'], 'secretariat.several', {
            party: party.name,
            count: members.length,
          }),
        );
      }
    }
    return out;
  },
};

/** Who can hold a rotating secretariat as of `asOf`: its fixed holder, else the members of its order. */
function holdersOf(data: AgreementData, role: Role, asOf: string) {
  const { agreement } = data;
  const kind = role.rotate ?? 'parties';
  const ids = role.fixed
    ? [role.fixed]
    : orderOf(agreement, role).filter((id) => memberTest(agreement, kind)(id, asOf));
  return ids.flatMap((id) => {
    const side = (agreement.sides ?? []).find((s) => s.id === id);
    if (side) return [{ name: side.name, parties: membersOfSide(agreement, id, asOf) }];
    const party = agreement.parties.find((p) => p.id === id);
    // An unknown id is the roles rule's to report.
    return party ? [{ name: party.name, parties: [id] }] : [];
  });
}
