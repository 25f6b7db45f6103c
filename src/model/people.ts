import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

// Clause 7 (GDPR): people are recorded by role; name and e-mail are optional.
export const Person = z.strictObject({
  id: Id,
  party: Id,
  role: Text,
  name: maybe(z.string()),
  email: maybe(z.email()),
  // SPEC section 12: appointed for a term ("valgt for fire år"); `until` is the last day of it.
  // SPEC section 13: the seat the person holds (a key of a body's `seats`, like `brukarar`); such a
  // person counts toward that label only.
  seat: maybe(Id),
  term: maybe(z.strictObject({ from: maybe(IsoDate), until: maybe(IsoDate) })),
});

export const People = z.strictObject({
  schemaVersion: SchemaVersion,
  people: z.array(Person),
  contacts: z.record(Id, Id),
  secretariat: z.array(Id),
  committee: maybe(z.strictObject({ members: z.array(Id) })),
});

export type People = z.infer<typeof People>;
export type Person = z.infer<typeof Person>;
