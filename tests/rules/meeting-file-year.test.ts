import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const inFile = (file: string, date: string) => {
  const data = makeData({ meetings: [{ body: 'middle', date, minutes: 'referat.pdf' }] });
  data.meetingFiles[0]!.file = file;
  return data;
};

// SPEC section 2: meetings/<year>.yaml holds the meetings of that year; other names are free.
testRule('meeting-file-year', {
  valid: [
    {
      name: 'a meeting of the year the file is named after',
      data: inFile('meetings/2026.yaml', '2026-03-01'),
    },
    { name: 'a file named otherwise', data: inFile('meetings/toppmøter.yaml', '2025-03-01') },
  ],
  invalid: [
    {
      name: 'a meeting of 2025 in meetings/2026.yaml',
      data: inFile('meetings/2026.yaml', '2025-12-31'),
      findings: [
        {
          id: 'meeting-file-year.other-year',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'date'],
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2025-12-31' } } },
            },
            id: 'm-0',
            date: { date: '2025-12-31' },
            year: '2026',
          },
        },
      ],
    },
    {
      name: 'fixture meeting-wrong-year-file',
      fixture: 'meeting-wrong-year-file',
      findings: [{ id: 'meeting-file-year.other-year', path: ['meetings', 1, 'date'] }],
    },
  ],
});
