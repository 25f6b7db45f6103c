import { describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import { secretariatOn } from '../../src/domain/secretariat.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { Role } from '../../src/model/index.js';
import { recipients } from '../../src/remind/recipients.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 13: "sekretariatfunksjonen går på rundgang, to år om gangen". Three parties, two-year
// terms from 2024: A holds 2024-2025, B 2026-2027, C 2028-2029, A again from 2030.
const person = (id: string, party: string) => ({ id, party, role: 'Sekretariat' });
const withSecretariat = (secretariat?: Role) => {
  const data = makeData({
    parties: ['part-a', 'part-b', 'part-c'],
    agreement: { validity: { from: '2024-01-01', until: null } },
  });
  if (secretariat) data.agreement.governance.secretariat = secretariat;
  data.people = {
    schemaVersion: 1,
    people: [
      person('sek-a', 'part-a'),
      person('sek-b', 'part-b'),
      person('sek-b2', 'part-b'),
      person('sek-c', 'part-c'),
    ],
    contacts: {},
    secretariat: ['sek-a', 'sek-b', 'sek-b2', 'sek-c'],
  };
  return data;
};
const on = (d: string) => asCalendarDate(d);
const twoYears: Role = { rotate: 'parties', every: '2 years', from: '2024-01-01' };

describe('a rotating secretariat', () => {
  it('is the whole secretariat without governance.secretariat', () => {
    expect(secretariatOn(withSecretariat(), on('2027-05-01'))).toEqual({
      holder: null,
      people: ['sek-a', 'sek-b', 'sek-b2', 'sek-c'],
    });
  });

  it('is the holding party’s people, changing on the first day of each term', () => {
    const data = withSecretariat(twoYears);
    expect(secretariatOn(data, on('2025-12-31'))).toEqual({ holder: 'part-a', people: ['sek-a'] });
    expect(secretariatOn(data, on('2026-01-01'))).toEqual({ holder: 'part-b', people: ['sek-b', 'sek-b2'] });
    expect(secretariatOn(data, on('2028-01-01')).holder).toBe('part-c');
    expect(secretariatOn(data, on('2030-06-30')).holder).toBe('part-a');
  });

  it('is the whole secretariat before its first term, and when the holder has no one in it', () => {
    const data = withSecretariat({ ...twoYears, from: '2026-01-01' });
    expect(secretariatOn(data, on('2025-06-01')).people).toHaveLength(4);
    data.people!.secretariat = ['sek-b', 'sek-c'];
    expect(secretariatOn(data, on('2026-01-01'))).toEqual({ holder: 'part-a', people: ['sek-b', 'sek-c'] });
  });

  it('skips a party that has left from its next term on', () => {
    const data = withSecretariat(twoYears);
    data.agreement.parties[2]!.left = '2027-07-01';
    expect(secretariatOn(data, on('2028-03-01')).holder).toBe('part-a');
  });

  it('is who receives the reminders, and whom status names, on the same day', () => {
    const data = withSecretariat(twoYears);
    const ids = (date: string) => recipients(data, { date }).map((r) => r.person);
    expect(ids('2027-12-31')).toEqual(['sek-b', 'sek-b2']);
    expect(ids('2028-01-01')).toEqual(['sek-c']);
    const status = agreementStatus(data, on('2027-03-01'), []);
    const middle = status.obligations.find((o) => o.subject === 'meeting:middle');
    expect(middle?.secretariat).toBe('part-b');
    const without = agreementStatus(withSecretariat(), on('2027-03-01'), []);
    expect(without.obligations.some((o) => 'secretariat' in o)).toBe(false);
  });
});
