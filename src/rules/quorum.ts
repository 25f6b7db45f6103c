import { isMember } from '../domain/membership.js';
import { memberIdsOf, membersOn } from '../domain/seats.js';
import { meetingParam } from '../domain/tracks-other.js';
import { quorumMessages } from '../i18n/rules/quorum.js';
import type { RuleFinding } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { parseQuorum, presentNeeded } from '../model/quorum.js';
import { namesOf } from '../names/names.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: "vedtaksført når minst 2/3 av medlemmene er til stede". A held meeting that
// made decisions, of a body with a quorum, whose `attendance` is written: a fraction f of the n
// members on the meeting's date needs at least f·n of them present (rounded up); a number, that
// many; `all-parties`, someone of every party that has a member (of every member party of the
// agreement when the body lists no members). Without `attendance` nothing is judged. A person
// listed as present who is not a member that day is named and not counted (a deputy or a guest
// may well attend, so it is a warning, like the rest).
export const quorumRule: DataRule<typeof quorumMessages> = {
  id: 'quorum',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'people', 'meetings'],
  description:
    "A held meeting with decisions had the body's quorum among the members in its attendance; an attendee who was no member is named.",
  messages: quorumMessages,
  check({ data }) {
    const report = reporter(this);
    const names = namesOf(data);
    const { bodies } = data.agreement.governance;
    const people = new Map((data.people?.people ?? []).map((p) => [p.id, p]));
    const out: RuleFinding[] = [];
    for (const { meeting, file, index } of allMeetings(data)) {
      if (meeting.status !== 'held' || !meeting.attendance) continue;
      const at = ['meetings', index, 'attendance'];
      const listed = memberIdsOf(data, meeting.body);
      const members = listed ? membersOn(data, meeting.body, meeting.date) : null;
      const memberIds = new Set(members?.map((p) => p.id));
      // By body and date, as status names a meeting: the line the finding points at holds the id.
      const named = meetingParam(data, meeting, { start: true, byDate: true });
      const present = [];
      for (const [i, id] of [...new Set(meeting.attendance)].entries()) {
        const person = people.get(id);
        if (!person) continue; // rule reference names it
        if (members && !memberIds.has(id)) {
          out.push(
            report(file, [...at, meeting.attendance.indexOf(id, i)], 'quorum.not-member', {
              person: names.person(id),
              meeting: named,
            }),
          );
          continue;
        }
        present.push(person);
      }
      const written = bodies[meeting.body]?.quorum;
      if (written === undefined || written === null || !meeting.decisions?.length) continue;
      const quorum = parseQuorum(written);
      if (!quorum) continue;
      if (quorum.kind === 'all-parties') {
        const parties = members
          ? [...new Set(members.map((p) => p.party))]
          : data.agreement.parties.filter((p) => isMember(data.agreement, p, meeting.date)).map((p) => p.id);
        const there = new Set(present.map((p) => p.party));
        const absent = parties.filter((p) => !there.has(p));
        if (absent.length > 0)
          out.push(
            report(file, at, 'quorum.parties-absent', {
              meeting: named,
              parties: absent.map((p) => names.party(p)).join(', '),
            }),
          );
        continue;
      }
      if (quorum.kind === 'count') {
        if (present.length < quorum.count)
          out.push(
            report(file, at, 'quorum.short-count', {
              meeting: named,
              present: present.length,
              needed: quorum.count,
            }),
          );
        continue;
      }
      if (!members) continue; // a share of members that nobody listed
      const needed = presentNeeded(quorum, members.length) ?? 0;
      if (present.length < needed)
        out.push(
          report(file, at, 'quorum.short', {
            meeting: named,
            present: present.length,
            members: members.length,
            needed,
            quorum: String(written),
          }),
        );
    }
    return out;
  },
};
