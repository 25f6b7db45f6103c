import * as z from 'zod';
import { NOTICE_PATTERN, type Withdrawal as WithdrawalValue } from './withdrawal.js';

// governance.withdrawal's zod schema, apart from withdrawal.ts: the domain reads the notice
// period at start-up, which loads no zod (tests/build.test.ts).

export const NoticePeriod = z.string().regex(new RegExp(NOTICE_PATTERN));

export const Withdrawal = z.strictObject({
  notice: NoticePeriod,
  // year-end: the leaving day moves to the next 1 January; notice: the day the notice runs out.
  effective: z.enum(['year-end', 'notice']),
}) satisfies z.ZodType<WithdrawalValue>;
