import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

export const Measure = z.strictObject({
  id: Id,
  title: Text,
  area: maybe(Id),
  responsible: maybe(Id),
  due: maybe(IsoDate),
  done: maybe(IsoDate),
});

export const ActionPlan = z.strictObject({
  schemaVersion: SchemaVersion,
  id: Id,
  title: Text,
  owner: Id,
  status: z.enum(['draft', 'adopted', 'retired']),
  adopted: maybe(z.strictObject({ date: IsoDate, meeting: maybe(Id) })),
  evaluations: maybe(
    z.array(z.strictObject({ date: IsoDate, meeting: maybe(Id), summary: maybe(z.string()) })),
  ),
  measures: maybe(z.array(Measure)),
  // SPEC section 14: `record retire`. From `date` on, the plan's evaluations and open measures are
  // no longer obligations; `replacedBy` names the plan that takes over (its clock starts at its own adoption).
  retired: maybe(z.strictObject({ date: IsoDate, meeting: maybe(Id), replacedBy: maybe(Id) })),
});

export type ActionPlan = z.infer<typeof ActionPlan>;
export type Measure = z.infer<typeof Measure>;
