import { allMeetings } from '../model/index.js';
import { type DataRule, reporter } from './rule.js';

export const stalePlannedRule: DataRule = {
  id: 'stale-planned',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description: 'A planned meeting dated before the as-of date should be recorded as held or cancelled.',
  messages: {
    'stale-planned.meeting': {
      nb: 'Møtet {id} ({date}) står fortsatt som planlagt; registrer det som holdt eller avlyst',
      nn: 'Møtet {id} ({date}) står framleis som planlagt; registrer det som halde eller avlyst',
      en: 'Meeting {id} ({date}) is still planned; record it as held or cancelled',
    },
  },
  check({ data, asOf }) {
    const report = reporter(this);
    return allMeetings(data)
      .filter(({ meeting }) => meeting.status === 'planned' && meeting.date < asOf)
      .map(({ meeting, file, index }) =>
        report(file, ['meetings', index, 'status'], 'stale-planned.meeting', {
          id: meeting.id,
          date: { date: meeting.date },
        }),
      );
  },
};
