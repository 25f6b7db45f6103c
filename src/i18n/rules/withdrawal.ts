import type { Catalogue } from '../catalogue.js';

// The messages of rule withdrawal (src/rules/withdrawal.ts), which names them as its own.
export const withdrawalMessages = {
  'withdrawal.left-too-early': {
    nb: '{party} sa opp {notice} og kan etter utmeldingsvilkårene tidligst gå ut {earliest}, ikke {left}',
    nn: '{party} sa opp {notice} og kan etter utmeldingsvilkåra tidlegast gå ut {earliest}, ikkje {left}',
    en: '{party} gave notice on {notice} and under the withdrawal terms can leave on {earliest} at the earliest, not {left}',
  },
} as const satisfies Catalogue;
