import { describe, expect, it } from 'vitest';
import { periodWords } from '../../src/i18n/period-words.js';

describe('periods read as words (SPEC section 11)', () => {
  it.each([
    ['2026', '2026', '2026', '2026'],
    ['2026-T1', '1. tertial 2026', '1. tertial 2026', 'first tertial 2026'],
    ['2026-H2', '2. halvår 2026', '2. halvår 2026', 'second half-year 2026'],
    ['2025-Q4', '4. kvartal 2025', '4. kvartal 2025', 'fourth quarter 2025'],
    ['2025-10', 'oktober 2025', 'oktober 2025', 'October 2025'],
    ['2025-10-05/2025-10-30', '05.10.2025–30.10.2025', '05.10.2025–30.10.2025', '5 Oct 2025–30 Oct 2025'],
  ])('%s', (label, nb, nn, en) => {
    expect(periodWords(label, 'nb')).toBe(nb);
    expect(periodWords(label, 'nn')).toBe(nn);
    expect(periodWords(label, 'en')).toBe(en);
  });
});
