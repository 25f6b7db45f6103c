import * as z from 'zod';
import { MEETING_TIME_PATTERN, parseMeetingTime } from './meeting-time.js';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

/** SPEC section 14: `10:00` or `10:00-11:30`, Europe/Oslo; the end after the start. */
export const MeetingTimeText = z
  .string()
  .regex(new RegExp(MEETING_TIME_PATTERN))
  .refine((text) => !new RegExp(MEETING_TIME_PATTERN).test(text) || parseMeetingTime(text) !== null, {
    params: { id: 'bad-time' },
  });
/** A link to join the meeting online: http or https. */
export const MeetingLink = z.url({ protocol: /^https?$/, hostname: /./ });

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
  // SPEC section 14: the clock time (Europe/Oslo), where it is held, and a link to join online.
  time: maybe(MeetingTimeText),
  place: maybe(Text),
  online: maybe(MeetingLink),
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
