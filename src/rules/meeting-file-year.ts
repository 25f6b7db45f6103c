import { type DataRule, reporter } from './rule.js';

export const meetingFileYearRule: DataRule = {
  id: 'meeting-file-year',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement', 'meetings'],
  description: 'A meeting file named by year (meetings/2026.yaml) holds only meetings of that year.',
  messages: {
    'meeting-file-year.other-year': {
      nb: 'Møtet {id} ({date}) ligger i filen for {year}',
      nn: 'Møtet {id} ({date}) ligg i fila for {year}',
      en: 'Meeting {id} ({date}) is in the file for {year}',
    },
  },
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
                id: m.id,
                date: { date: m.date },
                year,
              }),
            ],
      );
    });
  },
};
