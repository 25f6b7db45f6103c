import { describe, expect, it } from 'vitest';
import { namesOf } from '../../src/names/names.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 11: people read names, not ids. A duty's `responsible` (SPEC section 13) may name a
// party, a side, a body or a person.
describe('who, in words', () => {
  const data = makeData({
    agreement: { sides: [{ id: 'kommunane', name: 'Kommunane' }] },
  });
  data.people = {
    schemaVersion: 1,
    people: [{ id: 'leiar', party: 'part-a', role: 'Dagleg leiar', name: 'Kari Nordmann' }],
    contacts: {},
    secretariat: [],
  };
  const names = namesOf(data);

  it('names a person, a party, a side and a body by their names', () => {
    expect(names.who('leiar')).toBe('Kari Nordmann');
    expect(names.who('part-a')).toBe('PART-A');
    expect(names.who('kommunane')).toBe('Kommunane');
    expect(names.who('middle')).toBe('Midt');
  });

  it('reads an id the data does not know as itself', () => {
    expect(names.who('ukjend')).toBe('ukjend');
  });
});

// Issue 27: «ansvarlig: Sekretariatsmedlem» said nothing when each party had one.
describe('two people who read the same', () => {
  const data = makeData({});
  data.people = {
    schemaVersion: 1,
    people: [
      { id: 'sekr-a', party: 'part-a', role: 'Sekretariatsmedlem' },
      { id: 'sekr-b', party: 'part-b', role: 'Sekretariatsmedlem' },
      { id: 'leiar', party: 'part-a', role: 'Dagleg leiar' },
    ],
    contacts: {},
    secretariat: [],
  };
  const names = namesOf(data);

  it('are each named with their party', () => {
    expect(names.who('sekr-a')).toBe('Sekretariatsmedlem, PART-A');
    expect(names.person('sekr-b')).toBe('Sekretariatsmedlem, PART-B');
  });

  it('while one alone of a role is named by the role only', () => {
    expect(names.who('leiar')).toBe('Dagleg leiar');
  });
});
