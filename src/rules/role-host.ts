import type { CalendarDate } from '../dates.js';
import { sideOf } from '../domain/membership.js';
import { holderOn, roleContext } from '../domain/roles.js';
import { roleHostMessages } from '../i18n/rules/role-host.js';
import type { RuleFinding } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { namesOf } from '../names/names.js';
import { roleOwners } from './role-owners.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 12: a meeting's recorded host agrees with the body's host role. Section 2's
// `host: rotate` without roles is the host-rotation rule's.
export const roleHostRule: DataRule<typeof roleHostMessages> = {
  id: 'role-host',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings', 'workingGroups'],
  description:
    "A held or planned meeting of a body with roles.host is hosted by the role's holder: that party, or a party of that side (SPEC section 12).",
  messages: roleHostMessages,
  check({ data }) {
    const report = reporter(this);
    const owners = roleOwners(data).filter((o) => o.roles.host);
    if (owners.length === 0) return [];
    const located = allMeetings(data);
    const meetings = located.map((m) => m.meeting);
    const names = namesOf(data);
    const out: RuleFinding[] = [];
    for (const owner of owners) {
      const ctx = roleContext(data.agreement, owner.id, owner, meetings);
      for (const { meeting, file, index } of located) {
        if (meeting.body !== owner.id || !meeting.host || meeting.status === 'cancelled') continue;
        const expected = holderOn(ctx, 'host', meeting.date as CalendarDate)?.holder;
        if (!expected || expected === meeting.host || sideOf(data.agreement, meeting.host) === expected)
          continue;
        out.push(
          report(file, ['meetings', index, 'host'], 'role-host.other', {
            host: names.party(meeting.host),
            expected: names.holder(expected),
            date: { date: meeting.date },
          }),
        );
      }
    }
    return out;
  },
};
