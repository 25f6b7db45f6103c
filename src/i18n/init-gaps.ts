import type { Catalogue } from './catalogue.js';

// The roles `samarbeid init` cannot know (src/edit/init-files.ts): a gap that rule `unfilled` names
// with the command that fills it, in whichever language the agreement is written. A file of its own
// so that the rule, which every validate loads, carries only these texts.
export const initGaps = {
  'init.gap.contact': {
    nb: 'Kontaktperson (rollen er ikke fylt inn)',
    nn: 'Kontaktperson (rolla er ikkje fylt inn)',
    en: 'Contact person (role not filled in)',
  },
  'init.gap.secretariat': {
    nb: 'Medlem av sekretariatet (rollen er ikke fylt inn)',
    nn: 'Medlem av sekretariatet (rolla er ikkje fylt inn)',
    en: 'Member of the secretariat (role not filled in)',
  },
} as const satisfies Catalogue;
