import { findIdentityNumbers } from '../identity-number.js';
import { reporter, type TextRule } from './rule.js';

// Clause 7 (GDPR) and data minimisation: agreement data is kept in git, where a national identity
// number would stay in the history for good. The check reads the raw text, comments included.
export const privacyRule: TextRule = {
  id: 'privacy',
  scope: 'text',
  severity: 'error',
  description:
    'No text, comments included, holds a Norwegian national identity number or D-number (11 digits passing both mod-11 controls); the finding masks it.',
  messages: {
    'privacy.identity-number': {
      nb: 'Ser ut som et fødselsnummer eller D-nummer ({masked}); slike opplysninger hører ikke hjemme her (pkt. 7)',
      nn: 'Ser ut som eit fødselsnummer eller D-nummer ({masked}); slike opplysningar høyrer ikkje heime her (pkt. 7)',
      en: 'Looks like a national identity number or D-number ({masked}); such data does not belong here (clause 7)',
    },
  },
  check(file, text) {
    const report = reporter(this);
    return findIdentityNumbers(text).map((m) => ({
      ...report(file, [], 'privacy.identity-number', { masked: m.masked }),
      offset: m.offset,
    }));
  },
};
