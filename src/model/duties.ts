import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion } from './primitives.js';

// duties.yaml (SPEC section 13): duties done outside a meeting, one entry each time.
export const DutyDone = z.strictObject({ duty: Id, date: IsoDate, note: maybe(z.string()) });

export const Duties = z.strictObject({ schemaVersion: SchemaVersion, done: z.array(DutyDone) });

export type DutyDone = z.infer<typeof DutyDone>;
