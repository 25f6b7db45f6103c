import { type CalendarDate, yearOf, ymd } from '../dates.js';
import type { Agreement, AgreementData, Party } from '../model/index.js';
import { parseNoticePeriod, type Withdrawal } from '../model/withdrawal.js';
import { addInterval } from '../time/recurring.js';

// SPEC section 13: "utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte".
// A party that gave notice on D leaves at D plus the notice period, moved to the first 1 January
// on or after it with `effective: year-end`. That day is the party's `left` unless `left` is
// written. Pure: the terms and dates in, a date out.

/** The leaving day for a notice given on `notice` under `terms`, or null when the terms do not parse. */
export function leavingDay(terms: Withdrawal, notice: CalendarDate): CalendarDate | null {
  const period = parseNoticePeriod(terms.notice);
  if (!period) return null;
  const runsOut = addInterval(notice, period.unit, period.n);
  if (terms.effective === 'notice') return runsOut;
  // "med virkning fra et årsskifte": 1 January itself is a turn of the year, so it stays.
  return runsOut.endsWith('-01-01') ? runsOut : ymd(yearOf(runsOut) + 1, 1, 1);
}

/**
 * The day a party's notice takes it out, or null: no notice, or no `governance.withdrawal` (a
 * notice without terms makes no obligation and changes no membership).
 */
export function noticeLeavingDay(agreement: Agreement, party: Party): CalendarDate | null {
  const terms = agreement.governance.withdrawal;
  if (!terms || !party.notice) return null;
  return leavingDay(terms, party.notice as CalendarDate);
}

/** The first day a party is no longer a member: `left` as written, else the day its notice takes effect. */
export function leftOf(agreement: Agreement, party: Party): CalendarDate | null {
  return (party.left as CalendarDate | null | undefined) ?? noticeLeavingDay(agreement, party);
}

/**
 * The data as of a date: a notice dated after as-of has not been given yet, so it is dropped
 * (and with it the leaving day it would make). The same object when no notice is dropped, so an
 * agreement without notices reads exactly as before.
 */
export function noticesAsOf(data: AgreementData, asOf: CalendarDate): AgreementData {
  const { agreement } = data;
  if (!agreement.parties.some((p) => p.notice && p.notice > asOf)) return data;
  const parties = agreement.parties.map((p) => {
    if (!p.notice || p.notice <= asOf) return p;
    const { notice: _later, ...rest } = p;
    return rest;
  });
  return { ...data, agreement: { ...agreement, parties } };
}
