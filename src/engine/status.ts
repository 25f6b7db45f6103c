import type { CalendarDate } from '../dates.js';
import type { AgreementData } from '../model/index.js';
import { type AgreementState, agreementState } from './agreement-state.js';
import type { EngineContext, Obligation } from './obligation.js';
import {
  actionObligations,
  expiryObligations,
  measureObligations,
  termObligations,
} from './obligations-one-off.js';
import { evaluationObligations, meetingObligations, reportObligations } from './obligations-recurring.js';

export interface AgreementStatus {
  id: string;
  title: string;
  path: string;
  state: AgreementState;
  from: CalendarDate;
  until: CalendarDate | null;
  obligations: Obligation[];
}

export const DEFAULT_REMIND_DAYS = 30;
export const DEFAULT_NOTICE_DAYS = 14;

/** Pure: the state and obligations of one agreement as of a date. */
export function agreementStatus(
  data: AgreementData,
  asOf: CalendarDate,
  workspace: ReadonlyArray<{ id: string; supersedes: string | null; from: string | null }>,
): AgreementStatus {
  const { agreement } = data;
  const state = agreementState(agreement, asOf, workspace);
  const ctx: EngineContext = {
    asOf,
    remindDaysBefore: agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS,
  };
  // Expired, superseded and not-yet-valid agreements report only their own state.
  const live = state === 'active' || state === 'expiring';
  const obligations = live
    ? [
        ...meetingObligations(data, ctx),
        ...evaluationObligations(data, ctx),
        ...reportObligations(data, ctx),
        ...measureObligations(data, ctx),
        ...actionObligations(data, ctx),
        ...expiryObligations(data, ctx),
        ...termObligations(data, ctx),
      ]
    : [];
  return {
    id: agreement.id,
    title: agreement.title,
    path: data.folder,
    state,
    from: agreement.validity.from as CalendarDate,
    until: (agreement.validity.until ?? null) as CalendarDate | null,
    obligations,
  };
}
