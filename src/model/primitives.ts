import * as z from 'zod';
import { CADENCE_PATTERN, DUE_PATTERN, MONTH_DAY_PATTERN } from './cadence.js';

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const Id = z.string().regex(new RegExp(ID_PATTERN));
// SPEC section 2: the years 1900-2999 (src/dates.ts); the pattern also goes into the JSON Schema.
export const YEAR_PATTERN = '^(19|2[0-9])[0-9]{2}-';
export const IsoDate = z.iso.date().regex(new RegExp(YEAR_PATTERN));
/** A date or an ISO interval of dates, `2027-02-22/2027-02-26`, its end not before its start. */
export const IsoDateOrInterval = z
  .string()
  .regex(/^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}(\/(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2})?$/)
  .refine(
    (text) => {
      const [from, to] = text.split('/') as [string, string | undefined];
      const valid = (d: string) => z.iso.date().safeParse(d).success;
      return valid(from) && (to === undefined || (valid(to) && to >= from));
    },
    { params: { id: 'bad-interval' } },
  );
export const Cadence = z.string().regex(new RegExp(CADENCE_PATTERN)).nullable();
/** A duty's due (SPEC section 13): a cadence, a yearly one optionally "by MM-DD". */
export const Due = z.string().regex(new RegExp(DUE_PATTERN));
/** MM-DD, a day of any year. */
export const MonthDay = z.string().regex(new RegExp(MONTH_DAY_PATTERN));
export const SchemaVersion = z.literal(1);
export const Text = z.string().min(1);

/** An optional value that may also be written as null. */
export const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
