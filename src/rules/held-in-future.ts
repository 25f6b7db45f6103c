import { meetingParam } from '../domain/tracks-other.js';
import { heldInFutureMessages } from '../i18n/rules/held-in-future.js';
import { allMeetings } from '../model/index.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 4: only held events satisfy obligations, so a "held" meeting after as-of would
// silently satisfy a deadline that is still open.
export const heldInFutureRule: DataRule<typeof heldInFutureMessages> = {
  id: 'held-in-future',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'meetings'],
  description: 'A meeting with status held is not dated after the as-of date.',
  messages: heldInFutureMessages,
  check({ data, asOf }) {
    const report = reporter(this);
    return allMeetings(data)
      .filter(({ meeting }) => meeting.status === 'held' && meeting.date > asOf)
      .map(({ meeting, file, index }) =>
        report(file, ['meetings', index, 'date'], 'held-in-future.meeting', {
          meeting: meetingParam(data, meeting, { start: true }),
          id: meeting.id,
          date: { date: meeting.date },
          asOf: { date: asOf },
        }),
      );
  },
};
