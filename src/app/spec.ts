import type { CalendarDate } from '../dates.js';

// hledger's ReportSpec (Hledger/Reports/ReportOptions.hs): the command's options are parsed once
// into one spec with the day in it, and every use case takes it, so that --as-of, --year and
// --from/--to mean the same in every command (src/cli/spec.ts builds it).

/** A period, both ends included. */
export interface Range {
  from: CalendarDate;
  to: CalendarDate;
}

export interface RunSpec {
  /** The day the answers are for (--as-of; today in Europe/Oslo). */
  asOf: CalendarDate;
  /** Today in Europe/Oslo: the report says whether its period has ended. */
  today: CalendarDate;
  /** --year, or --from and --to; else the year of as-of. */
  range: Range;
  /** Whether --year or --from/--to was given. */
  rangeGiven: boolean;
  /** calendar --body and --party. */
  body?: string;
  party?: string;
}
