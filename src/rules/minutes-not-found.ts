import { minutesNotFoundMessages } from '../i18n/rules/minutes-not-found.js';
import { allMeetings } from '../model/index.js';
import { minutesOf } from '../model/minutes.js';
import { minutesProblem } from '../model/minutes-ref.js';
import { type DataRule, findingOf } from './rule.js';

// SPEC section 10: minutes are "a link or a path in the repository"; a path that names no file
// passes rule minutes-missing while nobody can read the minutes. docs/decisions.md says why this
// is an error, and why a path is read from the agreement folder.
export const minutesNotFoundRule: DataRule<typeof minutesNotFoundMessages> = {
  id: 'minutes-not-found',
  scope: 'data',
  severity: 'error',
  needs: ['meetings'],
  description:
    "A meeting's minutes is neither a link (https:, or another URL scheme) nor the path of a file inside the agreement folder.",
  messages: minutesNotFoundMessages,
  check({ data, minutesFiles }) {
    return allMeetings(data).flatMap(({ meeting, file, index }) => {
      const { ref } = minutesOf(meeting);
      if (!ref) return [];
      const problem = minutesProblem(ref, minutesFiles.get(ref));
      const at = typeof meeting.minutes === 'string' ? [] : ['ref'];
      return problem ? [findingOf(this, file, ['meetings', index, 'minutes', ...at], problem)] : [];
    });
  },
};
