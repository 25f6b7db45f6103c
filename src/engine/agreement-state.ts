import { addDays, type CalendarDate } from '../dates.js';
import type { Agreement } from '../model/index.js';

export type AgreementState = 'active' | 'expiring' | 'expired' | 'superseded' | 'not-yet-valid';

/** "Expiring" is within this many days of validity.until. */
export const EXPIRING_DAYS = 90;

export function agreementState(
  agreement: Agreement,
  asOf: CalendarDate,
  workspace: ReadonlyArray<{ id: string; supersedes: string | null; from: string | null }>,
): AgreementState {
  // Superseded wins over expired: the successor is what the secretariat works with. SPEC section 6:
  // only once the successor's validity.from has come; a planned successor hides nothing yet.
  const successor = (w: (typeof workspace)[number]) =>
    w.supersedes === agreement.id && w.id !== agreement.id && w.from !== null && w.from <= asOf;
  if (workspace.some(successor)) return 'superseded';
  const { from, until } = agreement.validity;
  if (until && asOf >= until) return 'expired';
  if (asOf < from) return 'not-yet-valid';
  if (until && until <= addDays(asOf, EXPIRING_DAYS)) return 'expiring';
  return 'active';
}
