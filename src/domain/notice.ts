import type { AgreementData } from '../model/index.js';

/** The notice a meeting needs when neither the body nor the agreement says (SPEC section 6). */
export const DEFAULT_NOTICE_DAYS = 14;

/**
 * SPEC section 13: the notice a body's meetings need ("representantskapet kalles inn med minst
 * fire ukers varsel, styret med en ukes"): the body's noticeDays, else governance.noticeDays.
 * Working groups have no notice of their own.
 */
export function noticeDaysOf(data: AgreementData, body: string | null | undefined): number {
  const governance = data.agreement.governance;
  const own = body ? governance.bodies[body]?.noticeDays : null;
  return own ?? governance.noticeDays ?? DEFAULT_NOTICE_DAYS;
}
