import { describe, expect, it } from 'vitest';
import { agreementHeading } from '../../src/output/agreement-heading.js';

// docs/language.md: an agreement by its title; the id only where a command needs it, or where two
// agreements of one title must be told apart.
describe('agreementHeading', () => {
  const a = { id: 'buskerud-2024', title: 'Samarbeidsavtale' };
  const b = { id: 'viken-2020', title: 'Samarbeidsavtale for Viken' };

  it('the title alone', () => {
    expect(agreementHeading(a, [a, b])).toBe('Samarbeidsavtale');
  });

  it('two of one title: each with its id', () => {
    const c = { id: 'buskerud-2028', title: 'Samarbeidsavtale' };
    expect([a, c].map((e) => agreementHeading(e, [a, b, c]))).toEqual([
      'Samarbeidsavtale (buskerud-2024)',
      'Samarbeidsavtale (buskerud-2028)',
    ]);
  });
});
