import { leftOf } from '../domain/withdrawal.js';
import { membershipMessages } from '../i18n/rules/membership.js';
import type { RuleFinding } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 12: a party is a member from `joined` until the day before `left`.
export const membershipRule: DataRule<typeof membershipMessages> = {
  id: 'membership',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'meetings'],
  description:
    "A party's left is after its joined, and a held meeting is not hosted by a party that had not yet joined or had left (SPEC section 12).",
  messages: membershipMessages,
  check({ data }) {
    const report = reporter(this);
    const out: RuleFinding[] = [];
    const { parties } = data.agreement;
    parties.forEach((p, i) => {
      const joined = p.joined ?? data.agreement.validity.from;
      if (p.left && p.left <= joined)
        out.push(
          report(AGREEMENT, ['parties', i, 'left'], 'membership.left-before-joined', {
            left: { date: p.left },
            joined: { date: joined },
          }),
        );
    });
    // Only parties that say when they joined or left: meetings before the agreement's start
    // (preparing it) are not judged by its default.
    // Section 13: a notice of withdrawal gives `left` where it is not written.
    const dated = new Map(parties.filter((p) => p.joined || leftOf(data.agreement, p)).map((p) => [p.id, p]));
    if (dated.size === 0) return out;
    const names = namesOf(data);
    for (const { meeting, file, index } of allMeetings(data)) {
      const party = meeting.host ? dated.get(meeting.host) : undefined;
      if (meeting.status !== 'held' || !party) continue;
      const left = leftOf(data.agreement, party);
      const member = (!party.joined || party.joined <= meeting.date) && (!left || meeting.date < left);
      if (!member)
        out.push(
          report(file, ['meetings', index, 'host'], 'membership.host-not-member', {
            party: names.party(party.id),
            date: { date: meeting.date },
          }),
        );
    }
    return out;
  },
};
