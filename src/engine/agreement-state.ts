import { addDays, type CalendarDate } from '../dates.js';
import type { Agreement } from '../model/index.js';

export type AgreementState = 'active' | 'expiring' | 'expired' | 'superseded' | 'not-yet-valid';

/** "Expiring" is within this many days of validity.until. */
export const EXPIRING_DAYS = 90;

export function agreementState(
  agreement: Agreement,
  asOf: CalendarDate,
  workspace: ReadonlyArray<{ id: string; supersedes: string | null }>,
): AgreementState {
  // Superseded wins over expired: the successor is what the secretariat works with.
  if (workspace.some((w) => w.supersedes === agreement.id && w.id !== agreement.id)) return 'superseded';
  const { from, until } = agreement.validity;
  if (until && asOf >= until) return 'expired';
  if (asOf < from) return 'not-yet-valid';
  if (until && until <= addDays(asOf, EXPIRING_DAYS)) return 'expiring';
  return 'active';
}
