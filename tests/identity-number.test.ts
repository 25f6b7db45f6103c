import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findIdentityNumbers,
  holdsIdentityNumber,
  isIdentityNumber,
  maskIdentityNumbers,
} from '../src/identity/number.js';
import {
  anyWrittenNumber,
  digitsOnly,
  unicodeClasses,
  validNumber,
  writtenForms,
} from './identity-numbers.js';

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

  it('dates, periods, case numbers and phone numbers with the new separators are not numbers', () => {
    for (const text of [
      '2026-01-01 - 2026-12-31',
      '01.01.2026 – 31.12.2026',
      '01/02/2026 / 03/04/2026',
      'sak 2020/78419 og 2021/12345',
      'sak 24/01234-5',
      'tlf. 22 33 44 55 / 90 12 34 56',
      '+47 922 33 444',
      'org.nr. 974 760 673',
      'kontonummer 1234.56.78903',
      'kl. 09.00–15.30',
      'referanse 2026−0001−0017',
    ]) {
      expect(findIdentityNumbers(text), text).toEqual([]);
      expect(maskIdentityNumbers(text), text).toBe(text);
    }
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

describe('a number a reader still reads as one is found, however it is written (issue 24)', () => {
  const n = BIRTH;
  const at = (sep: string) => `sak ${n.slice(0, 6)}${sep}${n.slice(6)} slutt`;

  it('every space separator (Zs), every dash (Pd), the minus sign and a slash join two groups', () => {
    const { blanks, marks } = unicodeClasses();
    expect(blanks.length).toBeGreaterThan(15);
    expect(marks.length).toBeGreaterThan(20);
    for (const sep of [...blanks, ...marks])
      expect(maskIdentityNumbers(at(sep)), JSON.stringify(sep)).toBe(`sak ******${n.slice(6)} slutt`);
  });

  it('a short run of separators with spaces around joins too; a long one does not', () => {
    for (const sep of [' - ', ' / ', ' \u2013 ', '--', '\u3000-\u3000', '   '])
      expect(findIdentityNumbers(at(sep)), JSON.stringify(sep)).toHaveLength(1);
    for (const sep of [' -- - ', '    ', ' / / '])
      expect(findIdentityNumbers(at(sep)), JSON.stringify(sep)).toEqual([]);
  });

  it('combining marks, variation selectors, invisible operators and other ignorables count as nothing', () => {
    const { nothings } = unicodeClasses();
    expect(nothings.length).toBeGreaterThan(2000);
    for (const c of nothings) {
      const inside = `x ${n.slice(0, 7)}${c}${n.slice(7)} y`;
      expect(maskIdentityNumbers(inside), JSON.stringify(c)).toBe(`x ******${n.slice(6)} y`);
      const everywhere = `x ${[...n].join(`${c}${c}`)} y`;
      expect(findIdentityNumbers(everywhere), JSON.stringify(c)).toHaveLength(1);
    }
  });

  it('superscript, subscript and circled digits, and digits of every script, are digits', () => {
    const { zeros } = unicodeClasses();
    expect(zeros.length).toBeGreaterThan(60);
    for (const zero of zeros) {
      const digits = [...n].map((d) => String.fromCodePoint(zero + Number(d))).join('');
      expect(findIdentityNumbers(`x ${digits} y`), zero.toString(16)).toHaveLength(1);
    }
    for (const digits of ['⁰¹²³⁴⁵⁶⁷⁸⁹', '₀₁₂₃₄₅₆₇₈₉', '⓪①②③④⑤⑥⑦⑧⑨']) {
      const written = [...n].map((d) => [...digits][Number(d)]).join('');
      expect(maskIdentityNumbers(`x ${written} y`)).toBe(`x ******${n.slice(6)} y`);
    }
  });

  it('property: a valid number written with random separators, invisible characters and digit scripts is found and masked', () => {
    fc.assert(
      fc.property(anyWrittenNumber, ({ n: number, form }) => {
        const text = `før ${form} etter`;
        const found = findIdentityNumbers(text);
        expect(found.map((m) => m.masked)).toEqual([`******${number.slice(6)}`]);
        const masked = maskIdentityNumbers(text);
        expect(masked.startsWith(`før ******${number.slice(6)}`)).toBe(true);
        expect(digitsOnly(masked)).not.toContain(number);
        expect(findIdentityNumbers(masked)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: masking any mix of digits, separators and numbers leaves none, in one pass', () => {
    const part = fc.oneof(
      fc.constantFrom(
        '0',
        '1',
        '4',
        '9',
        ' ',
        '-',
        '/',
        '\u200b',
        '\u0301',
        '\n',
        'a',
        '  ',
        '%',
        '%20',
        '%2F',
        '%C2%A0',
        '%30',
      ),
      fc.constantFrom(...ALL, '904414', '10046', '01019'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const masked = maskIdentityNumbers(text);
        expect(findIdentityNumbers(masked)).toEqual([]);
        expect(maskIdentityNumbers(masked)).toBe(masked);
        if (findIdentityNumbers(text).length === 0) expect(masked).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('an address with its blanks percent-encoded is read both ways: decoded, and as written', () => {
    expect(maskIdentityNumbers(`https://x.no/referat%20${n}.pdf`)).toBe(
      `https://x.no/referat%20******${n.slice(6)}.pdf`,
    );
    expect(maskIdentityNumbers(`a/${n.slice(0, 6)}%C2%A0${n.slice(6)}`)).toBe(`a/******${n.slice(6)}`);
    expect(maskIdentityNumbers(`a/${n.slice(0, 6)}%2D${n.slice(6)}`)).toBe(`a/******${n.slice(6)}`);
    // `%01` could be an escape, but the digits after the `%` are a number as written.
    expect(maskIdentityNumbers(`x%${n}`)).toBe(`x%******${n.slice(6)}`);
    // Escapes of digits and letters are not decoded: nobody reads %30 as a zero.
    expect(findIdentityNumbers(`x %30${n.slice(1)}`)).toEqual([]);
  });

  it('a chain of numbers that each start in the kept digits of the one before is masked whole, in one pass', () => {
    // Each number's last five digits and the next group's six make the next number: a group is a
    // digit, a day and month (so that the five it leaves start a real date), and a digit.
    const groups = [n];
    const dayMonths = Array.from(
      { length: 28 * 12 },
      (_, i) => `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + Math.floor(i / 28)).padStart(2, '0')}`,
    );
    while (groups.length < 500) {
      const kept = (groups.at(-1) ?? '').slice(-5);
      let next = '';
      for (let i = 0; i < 100 * dayMonths.length && next === ''; i++) {
        const six = `${i % 10}${dayMonths[Math.floor(i / 100)]}${Math.floor(i / 10) % 10}`;
        if (isIdentityNumber(`${kept}${six}`)) next = six;
      }
      if (next === '') break;
      groups.push(next);
    }
    expect(groups.length).toBeGreaterThan(100);
    const text = groups.join(' ');
    const masked = maskIdentityNumbers(text);
    expect(findIdentityNumbers(masked)).toEqual([]);
    expect(masked).toMatch(/^\*{6}\d{5}$/);
  });

  it('a megabyte of digits and separators is read in one pass (no backtracking, no rounds)', () => {
    const seps = [' ', '-', '/', '\u2009', '\u200b', '.', '\n', '\u0301', ' - '];
    let text = '';
    for (let i = 0; text.length < 1 << 20; i++) text += String(i % 10) + (seps[i % seps.length] ?? '');
    expect(typeof maskIdentityNumbers(text)).toBe('string');
    expect(Array.isArray(findIdentityNumbers(text))).toBe(true);
    const digits = '1'.repeat(1 << 20);
    expect(maskIdentityNumbers(digits)).toBe(digits);
    const numbers = Array.from({ length: 1 << 16 }, () => BIRTH).join(' ');
    expect(findIdentityNumbers(maskIdentityNumbers(numbers))).toEqual([]);
  });
});
