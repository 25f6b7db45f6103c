import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findIdentityNumbers,
  holdsIdentityNumber,
  isIdentityNumber,
  maskIdentityNumbers,
} from '../src/identity-number.js';
import { digitsOnly, validNumber, writtenForms } from './identity-numbers.js';

// A fødselsnummer, a D-number (day + 40), an H-number (month + 40) and a synthetic test number
// of Skatteetaten's Tenor (month + 80), each with its control digits computed.
const BIRTH = validNumber('010190100');
const D_NUMBER = validNumber('410190100');
const H_NUMBER = validNumber('014190100');
const SYNTHETIC = validNumber('018190100');
const LEAP = validNumber('290200100');
const ALL = [BIRTH, D_NUMBER, H_NUMBER, SYNTHETIC, LEAP];

describe('national identity numbers', () => {
  it('accepts numbers whose two mod-11 control digits are right', () => {
    expect(isIdentityNumber('01019010046')).toBe(true);
    expect(isIdentityNumber('41019010110')).toBe(true); // a D-number: first digit + 4
  });

  it('refuses a number with a wrong first or second control digit', () => {
    expect(isIdentityNumber('01019010056')).toBe(false);
    expect(isIdentityNumber('01019010047')).toBe(false);
  });

  it('finds numbers written with a space, never inside longer digit runs', () => {
    expect(findIdentityNumbers('fnr 010190 10046.').map((m) => m.masked)).toEqual(['******10046']);
    expect(findIdentityNumbers('ref 9010190100469')).toEqual([]);
  });

  it('a number inside two overlapping candidates is masked too (found by the property below)', () => {
    const text = '904414 01019010046 904414';
    expect(findIdentityNumbers(text).length).toBeGreaterThan(0);
    expect(findIdentityNumbers(maskIdentityNumbers(text))).toEqual([]);
  });

  it('masking leaves no identity number behind (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '4', '9', ' ', 'a'), { maxLength: 40 }), (chars) => {
        const text = `${chars.join('')} 01019010046 ${chars.join('')}`;
        expect(findIdentityNumbers(maskIdentityNumbers(text))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the date part must be a real date', () => {
  it('impossible dates are not identity numbers: 00000000000 and 99999554330', () => {
    expect(isIdentityNumber('00000000000')).toBe(false);
    expect(isIdentityNumber('99999554330')).toBe(false);
    expect(findIdentityNumbers('00000000000 99999554330')).toEqual([]);
  });

  it('D-numbers, H-numbers and synthetic test numbers (month + 80) count, and 29 February', () => {
    for (const n of ALL) expect(isIdentityNumber(n), n).toBe(true);
  });

  it('a valid control pair on an impossible date is refused (31 April, 30 February, month 13)', () => {
    for (const nine of ['310490100', '300290100', '011390100', '290201100']) {
      const n = validNumber(nine);
      expect(isIdentityNumber(n), n).toBe(false);
    }
  });
});

describe('the detector finds every written form', () => {
  it.each(ALL)('every written form of %s is found and masked', (n) => {
    for (const form of writtenForms(n)) {
      const text = `før ${form} etter`;
      expect(findIdentityNumbers(text), JSON.stringify(form)).toHaveLength(1);
      expect(holdsIdentityNumber(text), JSON.stringify(form)).toBe(true);
      const masked = maskIdentityNumbers(text);
      expect(digitsOnly(masked)).not.toContain(n);
      expect(masked).toBe(`før ******${n.slice(6)} etter`);
    }
  });

  it('a number split over lines of a folded YAML scalar is found in the raw text', () => {
    const n = BIRTH;
    expect(findIdentityNumbers(`note: >\n  Fnr ${n.slice(0, 6)}\n  ${n.slice(6)} her\n`)).toHaveLength(1);
    expect(findIdentityNumbers(`note: "${n.slice(0, 6)}\\\n  ${n.slice(6)}"\n`)).toHaveLength(0);
  });

  it('digit groups of a longer run are still found; one longer contiguous run is not a number', () => {
    expect(findIdentityNumbers(`${BIRTH} 1`)).toHaveLength(1);
    expect(findIdentityNumbers(`7 ${BIRTH}`)).toHaveLength(1);
    expect(findIdentityNumbers(`${BIRTH}1`)).toEqual([]);
    expect(findIdentityNumbers(`1${BIRTH}`)).toEqual([]);
    expect(findIdentityNumbers(`2${BIRTH.slice(0, 6)} ${BIRTH.slice(6)}`)).toEqual([]);
  });

  it('ordinary text with numbers is left alone: dates, case numbers, phone numbers', () => {
    const text = 'Møte 2025-10-14 kl. 10.00, sak 2020/78419, tlf. 22 33 44 55, 1 000 000 kroner';
    expect(findIdentityNumbers(text)).toEqual([]);
    expect(maskIdentityNumbers(text)).toBe(text);
  });

  it('masking is idempotent and leaves no number whole (property over separators)', () => {
    const sep = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\u202f', '-', '.', '_', '\u200b', '\u00ad');
    fc.assert(
      fc.property(fc.constantFrom(...ALL), fc.array(sep, { minLength: 10, maxLength: 10 }), (n, seps) => {
        const text = `x ${[...n].map((d, i) => d + (seps[i] ?? '')).join('')} y`;
        const masked = maskIdentityNumbers(text);
        expect(digitsOnly(masked)).not.toContain(n);
        expect(maskIdentityNumbers(masked)).toBe(masked);
      }),
    );
  });
});
