import { meetingParam } from '../domain/tracks-other.js';
import { minutesApprovalMessages } from '../i18n/rules/minutes-approval.js';
import { allMeetings } from '../model/index.js';
import { minutesOf } from '../model/minutes.js';
import { meetingsById } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: "referat sendes på høring og godkjennes i neste møte". Minutes cannot be
// approved before the meeting they record, and the meeting that approved them is one of the same
// body: an approval that says otherwise would make minutes:<meeting> done on a wrong record.
export const minutesApprovalRule: DataRule<typeof minutesApprovalMessages> = {
  id: 'minutes-approval',
  scope: 'data',
  severity: 'error',
  needs: ['meetings'],
  description:
    "A meeting's minutes.approved is not before the meeting, and minutes.at names a meeting of the same body.",
  messages: minutesApprovalMessages,
  check({ data }) {
    const report = reporter(this);
    const byId = meetingsById(data);
    return allMeetings(data).flatMap(({ meeting, file, index }) => {
      if (meeting.minutes === null || typeof meeting.minutes !== 'object') return [];
      const { approved, at } = minutesOf(meeting);
      const path = ['meetings', index, 'minutes'];
      const out = [];
      // By body and date, as status names a meeting: the line the finding points at holds the id.
      const named = meetingParam(data, meeting, { start: true, byDate: true });
      if (approved && approved < meeting.date)
        out.push(
          report(file, [...path, 'approved'], 'minutes-approval.before-meeting', {
            meeting: named,
            approved: { date: approved },
          }),
        );
      if (at) {
        const found = byId.get(at)?.meeting;
        if (!found)
          out.push(report(file, [...path, 'at'], 'minutes-approval.unknown-meeting', { meeting: named, at }));
        else if (found.body !== meeting.body)
          out.push(
            report(file, [...path, 'at'], 'minutes-approval.other-body', {
              meeting: named,
              at: meetingParam(data, found, { byDate: true }),
            }),
          );
      }
      return out;
    });
  },
};
