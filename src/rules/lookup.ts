import { leftOf } from '../domain/withdrawal.js';
import { type AgreementData, allMeetings, type LocatedMeeting, type Person } from '../model/index.js';

export const AGREEMENT = 'agreement.yaml';
export const PEOPLE = 'people.yaml';
export const WORKING_GROUPS = 'working-groups.yaml';
export const SUB_AGREEMENTS = 'sub-agreements.yaml';
export const EVALUATIONS = 'evaluations.yaml';

export function partyIds(data: AgreementData): string[] {
  return data.agreement.parties.map((p) => p.id);
}

export function peopleById(data: AgreementData): Map<string, Person> {
  return new Map((data.people?.people ?? []).map((p) => [p.id, p]));
}

export function meetingsById(data: AgreementData): Map<string, LocatedMeeting> {
  return new Map(allMeetings(data).map((m) => [m.meeting.id, m]));
}

export function partyOf(data: AgreementData, personId: string): string | undefined {
  return data.people?.people.find((p) => p.id === personId)?.party;
}

/**
 * SPEC section 12: the parties still in the agreement on `asOf` (one that has left needs no
 * contact); section 13: a notice of withdrawal gives `left` where it is not written.
 */
export function currentParties(data: AgreementData, asOf: string) {
  return data.agreement.parties.filter((p) => {
    const left = leftOf(data.agreement, p);
    return !left || asOf < left;
  });
}
