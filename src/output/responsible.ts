import type { Obligation } from '../engine/obligation.js';
import type { Translate } from '../i18n/message.js';
import type { Names } from '../names/names.js';

type T = Translate;

/**
 * Who is to act on an obligation, in words: the person or party the item names (a measure's
 * responsible, an action's owner, a working group's leader), the host party of a rotating body
 * (clause 4, named as host: the host column of the other views is this one), the parties for the agreement's own expiry (clause 9), else the secretariat, which
 * coordinates and prepares the work (clause 4).
 */
export function responsibleWords(o: Obligation, names: Names, t: T): string {
  if (o.named) return names.who(o.named);
  if (o.host) return t('responsible.host', { party: names.holder(o.host) });
  if (o.kind === 'agreement') return t('responsible.parties');
  return t('responsible.secretariat');
}
