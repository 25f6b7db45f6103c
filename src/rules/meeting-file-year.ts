import { meetingParam } from '../domain/tracks-other.js';
import { meetingFileYearMessages } from '../i18n/rules/meeting-file-year.js';
import { type DataRule, reporter } from './rule.js';

export const meetingFileYearRule: DataRule<typeof meetingFileYearMessages> = {
  id: 'meeting-file-year',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description: 'A meeting file named by year (meetings/2026.yaml) holds only meetings of that year.',
  messages: meetingFileYearMessages,
  check({ data }) {
    const report = reporter(this);
    return data.meetingFiles.flatMap(({ file, value }) => {
      const year = /^meetings\/(\d{4})\.ya?ml$/.exec(file)?.[1];
      if (!year) return [];
      return value.flatMap((m, i) =>
        m.date.startsWith(`${year}-`)
          ? []
          : [
              report(file, ['meetings', i, 'date'], 'meeting-file-year.other-year', {
                meeting: meetingParam(data, m, { start: true }),
                id: m.id,
                date: { date: m.date },
                year,
              }),
            ],
      );
    });
  },
};
