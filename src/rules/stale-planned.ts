import { meetingParam } from '../domain/tracks-other.js';
import { stalePlannedMessages } from '../i18n/rules/stale-planned.js';
import { allMeetings } from '../model/index.js';
import { type DataRule, reporter } from './rule.js';

export const stalePlannedRule: DataRule<typeof stalePlannedMessages> = {
  id: 'stale-planned',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description: 'A planned meeting dated before the as-of date should be recorded as held or cancelled.',
  messages: stalePlannedMessages,
  check({ data, asOf }) {
    const report = reporter(this);
    return allMeetings(data)
      .filter(({ meeting }) => meeting.status === 'planned' && meeting.date < asOf)
      .map(({ meeting, file, index }) =>
        report(file, ['meetings', index, 'status'], 'stale-planned.meeting', {
          meeting: meetingParam(data, meeting, { start: true }),
          id: meeting.id,
          date: { date: meeting.date },
        }),
      );
  },
};
