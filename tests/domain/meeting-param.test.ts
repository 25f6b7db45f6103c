import { describe, expect, it } from 'vitest';
import { bodyParam, meetingParam } from '../../src/domain/tracks-other.js';
import { render } from '../../src/i18n/index.js';
import { makeData } from '../engine/make-data.js';

// docs/language.md: a meeting by its title, else its body and date; a working group with the word.
const data = makeData({
  workingGroups: [{ id: 'ungdom', name: 'Ungdom i opplæring', leader: 'x', members: ['x'] }],
  meetings: [
    { body: 'ungdom', date: '2027-09-22' },
    { body: 'middle', date: '2027-09-23', title: 'Budsjettmøte' },
  ],
});
const [group, titled] = data.meetingFiles[0]!.value;
const shown = (p: ReturnType<typeof meetingParam>, lang: 'nb' | 'nn' | 'en' = 'nb') =>
  render({ id: 'obligation.minutes', params: { meeting: p } }, lang);

describe('meetingParam and bodyParam', () => {
  it('a working group meeting inside a sentence: «arbeidsgruppen …» in lower case', () => {
    expect(shown(meetingParam(data, group!))).toBe(
      'Referat fra arbeidsgruppen Ungdom i opplæring, møtet 22.09.2027',
    );
    expect(shown(meetingParam(data, group!), 'nn')).toBe(
      'Referat frå arbeidsgruppa Ungdom i opplæring, møtet 22.09.2027',
    );
  });

  it('a title, unless the text names the meeting by body and date', () => {
    expect(shown(meetingParam(data, titled!))).toBe('Referat fra Budsjettmøte');
    expect(shown(meetingParam(data, titled!, { byDate: true }))).toBe('Referat fra Midt, møtet 23.09.2027');
  });

  it('a group alone, with a capital at the start of a sentence', () => {
    const start = bodyParam(data, 'ungdom', true);
    expect(
      render(
        {
          id: 'duplicate-record.meeting',
          params: { body: start, date: { date: '2027-09-22' }, first: 'a', id: 'b' },
        },
        'nb',
      ),
    ).toMatch(/^Arbeidsgruppen Ungdom i opplæring har allerede/);
    expect(bodyParam(data, 'middle')).toBe('Midt');
  });
});
