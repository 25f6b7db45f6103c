import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/dates.js';
import { render, t } from '../../src/i18n/index.js';
import { findIdentityNumbers } from '../../src/identity/number.js';
import { namesOf } from '../../src/names/names.js';
import { remindIcs } from '../../src/output/remind-ics.js';
import type { Reminder } from '../../src/remind/reminder.js';
import { validNumber } from '../identity-numbers.js';

const N = validNumber('170565300');
const DOTTED = `${N.slice(0, 2)}.${N.slice(2, 4)}.${N.slice(4, 6)} ${N.slice(6)}`;

function ics(prefix: string): string {
  const title = `${prefix}${DOTTED}`;
  const reminder: Reminder = {
    agreement: 'a',
    subject: 'meeting:top',
    kind: 'meeting',
    title: { id: 'type.unknown' },
    state: null,
    deadline: null,
    daysLeft: null,
    date: '2026-12-01' as CalendarDate,
    suggested: null,
    suggestedAfterDeadline: false,
    recipients: [{ person: 'p', party: 'a', role: title, name: title, email: null }],
    agenda: [],
    key: 'a/meeting:top',
  };
  return remindIcs({
    asOf: '2026-11-22' as CalendarDate,
    entries: [
      {
        id: 'a',
        title,
        reminders: [reminder],
        alarmDays: 30,
        names: { ...namesOf(null), party: () => title },
      },
    ],
    lang: 'nb',
    render: (m) => (m.id === 'type.unknown' ? title : render(m, 'nb')),
    t: (id, ...params) => t(id, 'nb', ...params),
  });
}

describe('ICS: folding cannot hide a number from the mask', () => {
  it('a number at every position of the 75-octet fold is masked before folding', () => {
    for (let k = 40; k <= 80; k++) {
      const out = ics('å'.repeat(k % 3) + 'x'.repeat(k));
      const unfolded = out.replace(/\r\n[ \t]/g, '');
      expect(findIdentityNumbers(out), String(k)).toEqual([]);
      expect(findIdentityNumbers(unfolded), String(k)).toEqual([]);
      expect(unfolded.replace(/[. ]/g, '')).not.toContain(N);
      expect(unfolded).toContain(`******${N.slice(6)}`);
    }
  });
});
