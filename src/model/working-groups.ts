import * as z from 'zod';
import { Cadence, Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';
import { Override, Roles } from './roles.js';

export const WorkingGroup = z.strictObject({
  id: Id,
  name: Text,
  area: maybe(Id),
  leader: Id,
  members: z.array(Id),
  meets: Cadence.optional(),
  established: maybe(z.strictObject({ date: IsoDate, meeting: maybe(Id) })),
  reporting: Cadence.optional(),
  reports: maybe(z.array(z.strictObject({ date: IsoDate, summary: maybe(z.string()) }))),
  roles: maybe(Roles),
  overrides: maybe(z.array(Override)),
  // SPEC section 13: the body whose draft agendas carry this group's report.
  reportsTo: maybe(Id),
});

export const WorkingGroups = z.strictObject({
  schemaVersion: SchemaVersion,
  workingGroups: z.array(WorkingGroup),
});

export type WorkingGroup = z.infer<typeof WorkingGroup>;
export type WorkingGroups = z.infer<typeof WorkingGroups>;
