import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

export const Meeting = z.strictObject({
  id: Id,
  body: Id,
  date: IsoDate,
  status: z.enum(['held', 'planned', 'cancelled']),
  // SPEC section 14: why a meeting was cancelled (`record cancel --reason`).
  cancelled: maybe(z.strictObject({ reason: maybe(z.string()) })),
  title: maybe(z.string()),
  host: maybe(Id),
  notes: maybe(z.string()),
  // SPEC section 10: a link to the minutes, or a path in the repository; SPEC section 13 adds the
  // object form, which also says when and at which meeting they were approved.
  minutes: maybe(
    z.union([
      z.string(),
      z.strictObject({ ref: maybe(z.string()), approved: maybe(IsoDate), at: maybe(Id) }),
    ]),
  ),
  // SPEC section 13: the members present (people of people.yaml).
  attendance: maybe(z.array(Id)),
  decisions: maybe(z.array(z.strictObject({ id: Id, text: Text, adopts: maybe(Id), fulfils: maybe(Id) }))),
  actions: maybe(
    z.array(
      z.strictObject({ id: Id, text: Text, owner: maybe(Id), due: maybe(IsoDate), done: maybe(IsoDate) }),
    ),
  ),
});

export const Meetings = z.strictObject({ schemaVersion: SchemaVersion, meetings: z.array(Meeting) });

export type Meeting = z.infer<typeof Meeting>;
export type MeetingStatus = Meeting['status'];
