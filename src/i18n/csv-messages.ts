import type { Catalogue } from './catalogue.js';

// Issue 13: texts of the outputs people paste into e-mail, Teams and Excel (CSV headers, the To
// list of a reminder, the Markdown note on done obligations without a command-line hint).
export const csvMessages: Catalogue = {
  'remind.no-address': { nb: 'uten e-postadresse', nn: 'utan e-postadresse', en: 'no e-mail address' },
  'status.done-not-shown': {
    nb: '{n} {n|utført|utførte} er ikke vist',
    nn: '{n} {n|utført|utførte} er ikkje {n|vist|viste}',
    en: '{n} done {n|item|items} not shown',
  },
};
