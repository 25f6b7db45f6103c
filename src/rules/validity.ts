import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

export const validityRule: DataRule = {
  id: 'validity',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description: 'validity.until, when set, is after validity.from (clause 9).',
  messages: {
    'validity.until-before-from': {
      nb: '«validity.until» ({until}) må være etter «validity.from» ({from})',
      nn: '«validity.until» ({until}) må vere etter «validity.from» ({from})',
      en: 'validity.until ({until}) must be after validity.from ({from})',
    },
  },
  check({ data }) {
    const report = reporter(this);
    const { from, until } = data.agreement.validity;
    return until && until <= from
      ? [
          report(AGREEMENT, ['validity', 'until'], 'validity.until-before-from', {
            from: { date: from },
            until: { date: until },
          }),
        ]
      : [];
  },
};
