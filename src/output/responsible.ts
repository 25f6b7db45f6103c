import type { Obligation } from '../engine/obligation.js';
import { type Responsible, responsibleFor } from '../engine/responsible.js';
import type { Translate } from '../i18n/message.js';
import type { Names } from '../names/names.js';

type T = Translate;

/** Who is to act on an obligation, in words (src/engine/responsible.ts decides who). */
export function responsibleWords(o: Obligation, names: Names, t: T): string {
  const who: Responsible = responsibleFor(o);
  switch (who.kind) {
    case 'named':
      return names.who(who.id);
    case 'host':
      return t('responsible.host', { party: names.holder(who.holder) });
    case 'parties':
      return t('responsible.parties');
    case 'secretariat':
      return who.holder
        ? t('responsible.secretariat-of', { party: names.holder(who.holder) })
        : t('responsible.secretariat');
    default: {
      const never: never = who;
      throw new Error(`unknown responsible ${JSON.stringify(never)}`);
    }
  }
}
