import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers, isIdentityNumber, maskIdentityNumbers } from '../src/identity-number.js';

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

  it('masking leaves no identity number behind (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '4', '9', ' ', 'a'), { maxLength: 40 }), (chars) => {
        const text = `${chars.join('')} 01019010046 ${chars.join('')}`;
        expect(findIdentityNumbers(maskIdentityNumbers(text))).toEqual([]);
      }),
    );
  });
});
