import { describe, expect, it } from 'vitest';
import { renderWith } from '../../src/i18n/render.js';

const catalogue = {
  warnings: {
    nb: '{n} {n|advarsel|advarsler}',
    nn: '{n} {n|åtvaring|åtvaringar}',
    en: '{n} {n|warning|warnings}',
  },
};

describe('counts agree in number (SPEC section 11)', () => {
  it.each([
    [0, '0 advarsler', '0 åtvaringar', '0 warnings'],
    [1, '1 advarsel', '1 åtvaring', '1 warning'],
    [2, '2 advarsler', '2 åtvaringar', '2 warnings'],
    [21, '21 advarsler', '21 åtvaringar', '21 warnings'],
  ])('%i', (n, nb, nn, en) => {
    expect(renderWith(catalogue, { id: 'warnings', params: { n } }, 'nb')).toBe(nb);
    expect(renderWith(catalogue, { id: 'warnings', params: { n } }, 'nn')).toBe(nn);
    expect(renderWith(catalogue, { id: 'warnings', params: { n } }, 'en')).toBe(en);
  });

  it('a plural of a parameter that is not a number is left as written', () => {
    expect(renderWith(catalogue, { id: 'warnings', params: { n: 'x' } }, 'nb')).toBe(
      'x {n|advarsel|advarsler}',
    );
  });
});
