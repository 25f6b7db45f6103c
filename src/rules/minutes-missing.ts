import { addDays, type CalendarDate } from '../dates.js';
import { meetingParam } from '../domain/tracks-other.js';
import { agreementState } from '../engine/agreement-state.js';
import { minutesMissingMessages } from '../i18n/rules/minutes-missing.js';
import { allMeetings } from '../model/index.js';
import { DEFAULT_MINUTES_DAYS, hasMinutes, minutesOf } from '../model/minutes.js';
import { type DataRule, reporter } from './rule.js';

export { DEFAULT_MINUTES_DAYS };

// SPEC section 10: what was decided is followed up only if it is written down. A held meeting
// should have its minutes (`minutes:`, a link or a path) within governance.minutesDays.
export const minutesMissingRule: DataRule<typeof minutesMissingMessages> = {
  id: 'minutes-missing',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description: `A held meeting has no minutes governance.minutesDays (default ${DEFAULT_MINUTES_DAYS}) days after it.`,
  messages: minutesMissingMessages,
  check({ data, asOf, workspace }) {
    // An expired or superseded agreement's old meetings are history: nobody files minutes now.
    const state = agreementState(data.agreement, asOf, workspace);
    if (state === 'expired' || state === 'superseded') return [];
    // SPEC section 13: with governance.minutes written, the obligation minutes:<meeting> says it
    // in status, remind and the calendar; the warning is for minutesDays alone.
    if (data.agreement.governance.minutes) return [];
    const days = data.agreement.governance.minutesDays ?? DEFAULT_MINUTES_DAYS;
    const report = reporter(this);
    return allMeetings(data)
      .filter(
        ({ meeting }) =>
          meeting.status === 'held' &&
          !hasMinutes(minutesOf(meeting)) &&
          addDays(meeting.date as CalendarDate, days) < asOf,
      )
      .map(({ meeting, file, index }) =>
        report(file, ['meetings', index], 'minutes-missing.meeting', {
          meeting: meetingParam(data, meeting, { start: true }),
          id: meeting.id,
          date: { date: meeting.date },
          days,
        }),
      );
  },
};
