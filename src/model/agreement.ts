import * as z from 'zod';
import { AVOIDABLE } from './avoidable.js';
import {
  Cadence,
  Due,
  Id,
  IsoDate,
  IsoDateOrInterval,
  MonthDay,
  maybe,
  SchemaVersion,
  Text,
} from './primitives.js';
import { parseQuorum, QUORUM_PATTERN } from './quorum.js';
import { Override, Role, Roles, Side } from './roles.js';
import { Withdrawal } from './withdrawal-schema.js';

/** SPEC section 13: a fraction of the members (`2/3`), `all-parties`, or a number of members present. */
export const QuorumText = z
  .string()
  .regex(new RegExp(QUORUM_PATTERN))
  // A fraction above 1 (`3/2`) has the form but no meaning; a text without the form is said once.
  .refine((q) => !new RegExp(QUORUM_PATTERN).test(q) || parseQuorum(q) !== null, {
    params: { id: 'invalid-quorum' },
  });
export const Quorum = z.union([z.int().min(1).max(999), QuorumText]);

/** SPEC section 13: `next-meeting`, or `<n> days` after the meeting. */
export const MinutesApproval = z.string().regex(/^(next-meeting|[0-9]{1,3} days)$/);

/** SPEC section 13: how many days before the prepared meeting the preparing one may be, `30 days`. */
export const PreparesWithin = z.string().regex(/^[0-9]{1,3} days?$/);

/** SPEC section 13: the meetings an agenda item belongs on. */
export const AGENDA_OCCASIONS = ['every', 'first-of-year', 'last-of-year', 'first-of-term'] as const;

// SPEC section 12: a party belongs to a side, and is a member from `joined` (default: the
// agreement's start) until the day before `left`.
export const Party = z.strictObject({
  id: Id,
  name: Text,
  shortName: maybe(Text),
  side: maybe(Id),
  joined: maybe(IsoDate),
  left: maybe(IsoDate),
  // SPEC section 13: the day the party gave notice of withdrawal (governance.withdrawal).
  notice: maybe(IsoDate),
});

export const Body = z.strictObject({
  name: Text,
  meets: Cadence.optional(),
  // SPEC section 13: with yearly or "<n> per year", the year's meetings are due by this day.
  by: maybe(MonthDay),
  noticeDays: maybe(z.int().min(0).max(366)),
  // SPEC section 13: the body's members (people of people.yaml, their term applies), its seats per
  // side, party or free label (people[].seat), and when it is quorate ("vedtaksført når minst 2/3 av
  // medlemmene er til stede").
  members: maybe(z.array(Id)),
  seats: maybe(z.record(Id, z.int().min(1).max(999))),
  quorum: maybe(Quorum),
  // rotate | secretariat | a party id (clause 4: coordination of top meetings alternates yearly)
  host: maybe(z.union([z.literal('rotate'), z.literal('secretariat'), Id])),
  rotation: maybe(z.array(Id).min(1)),
  adopts: maybe(z.boolean()),
  // SPEC section 13: a text (every meeting), or `{ item, at }` for the meetings of one occasion.
  agenda: maybe(
    z.array(z.union([Text, z.strictObject({ item: Text, at: maybe(z.enum(AGENDA_OCCASIONS)) })])),
  ),
  roles: maybe(Roles),
  overrides: maybe(z.array(Override)),
  // SPEC section 13: "SSU er programkomité for partnarskapsmøtet": a held meeting of this body
  // within `within` days before every meeting of `body`; `reportsTo`: the body whose draft
  // agendas carry this body's report.
  prepares: maybe(z.strictObject({ body: Id, within: PreparesWithin })),
  reportsTo: maybe(Id),
});

// SPEC section 13: a recurring duty that is not a meeting ("årsregnskapet avlegges innen 15. februar").
export const Duty = z.strictObject({
  id: Id,
  title: Text,
  due: Due,
  // secretariat, or the id of a party, side, body or person
  responsible: maybe(Id),
  // Done only by a decision that fulfils it in a held meeting of this body.
  at: maybe(Id),
});

export const Agreement = z.strictObject({
  schemaVersion: SchemaVersion,
  id: Id,
  title: Text,
  language: maybe(z.enum(['nb', 'nn', 'en'])),
  parties: z.array(Party).min(2),
  sides: maybe(z.array(Side)),
  validity: z.strictObject({ from: IsoDate, until: maybe(IsoDate), note: maybe(z.string()) }),
  supersedes: maybe(Id),
  approvals: maybe(
    z.array(
      z.strictObject({ body: Text, date: IsoDate, caseNumber: maybe(z.string()), note: maybe(z.string()) }),
    ),
  ),
  signing: maybe(
    z.strictObject({
      place: maybe(z.string()),
      date: maybe(IsoDate),
      signatories: maybe(
        z.array(z.strictObject({ party: Id, name: maybe(z.string()), title: maybe(z.string()) })),
      ),
    }),
  ),
  purposes: maybe(z.array(Text)),
  areas: maybe(z.array(z.strictObject({ id: Id, title: Text, description: maybe(z.string()) }))),
  governance: z.strictObject({
    bodies: z.record(Id, Body).refine((b) => Object.keys(b).length > 0, { params: { id: 'no-bodies' } }),
    // SPEC section 13: `reportsTo`, the body the working groups report to (default: the committee).
    workingGroups: maybe(z.strictObject({ reporting: Cadence.optional(), reportsTo: maybe(Id) })),
    evaluation: maybe(z.strictObject({ agreement: Cadence.optional(), actionPlans: Cadence.optional() })),
    remindDaysBefore: maybe(z.int().min(0).max(366)),
    noticeDays: maybe(z.int().min(0).max(366)),
    // SPEC section 9: the days meetings are not proposed on, beside weekends and public holidays.
    calendar: maybe(
      z.strictObject({
        avoid: maybe(z.array(z.enum(AVOIDABLE))),
        closed: maybe(z.array(IsoDateOrInterval)),
      }),
    ),
    minutesDays: maybe(z.int().min(0).max(366)),
    // SPEC section 13: "referat sendes på høring og godkjennes i neste møte". Written, it makes an
    // obligation minutes:<meeting> of every held meeting; `days` wins over minutesDays.
    minutes: maybe(
      z.strictObject({
        days: maybe(z.int().min(0).max(366)),
        approval: maybe(MinutesApproval),
      }),
    ),
    // SPEC sections 13 and 14: what was not tracked before this day is never reported as missed.
    trackedFrom: maybe(IsoDate),
    // SPEC section 13: "sekretariatfunksjonen går på rundgang, to år om gangen" (a role of section 12).
    secretariat: maybe(Role),
    duties: maybe(z.array(Duty)),
    // SPEC section 13: how a party leaves (notice period, and when the withdrawal takes effect).
    withdrawal: maybe(Withdrawal),
  }),
});

export type Agreement = z.infer<typeof Agreement>;
export type Body = z.infer<typeof Body>;
export type Duty = z.infer<typeof Duty>;
export type Party = z.infer<typeof Party>;
