import type { CalendarDate } from '../dates.js';
import type { AgreementData } from '../model/index.js';
import { membersOfSide } from './membership.js';
import { holderOn, roleContext } from './roles.js';

// SPEC section 13: "ledervervet og sekretariatfunksjonen går på rundgang, to år om gangen". With
// `governance.secretariat` (a role of section 12) the secretariat on a day is the people of
// people.yaml's `secretariat` who belong to the holding party (or to a party of the holding side).

export interface SecretariatOn {
  /** The holding party or side; null without a rotating secretariat, or before its first term. */
  holder: string | null;
  /** The person ids of the secretariat on that day, in the order of people.yaml. */
  people: string[];
}

export function secretariatOn(data: AgreementData, date: CalendarDate): SecretariatOn {
  const all = data.people?.secretariat ?? [];
  const role = data.agreement.governance.secretariat;
  if (!role) return { holder: null, people: all };
  const ctx = roleContext(data.agreement, 'secretariat', { roles: { secretariat: role } }, []);
  const holder = holderOn(ctx, 'secretariat', date)?.holder ?? null;
  if (holder === null) return { holder, people: all };
  const isSide = (data.agreement.sides ?? []).some((s) => s.id === holder);
  const parties = new Set(isSide ? membersOfSide(data.agreement, holder, date) : [holder]);
  const partyOf = new Map((data.people?.people ?? []).map((p) => [p.id, p.party]));
  const people = all.filter((id) => parties.has(partyOf.get(id) ?? ''));
  // A holder without people of its own (the rule secretariat says so) leaves no one unreminded.
  return { holder, people: people.length > 0 ? people : all };
}
