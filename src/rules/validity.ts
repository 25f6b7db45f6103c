import { validityMessages } from '../i18n/rules/validity.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

export const validityRule: DataRule<typeof validityMessages> = {
  id: 'validity',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description: 'validity.until, when set, is after validity.from (clause 9).',
  messages: validityMessages,
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
