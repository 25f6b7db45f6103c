import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

export const Evaluation = z.strictObject({
  date: IsoDate,
  meeting: maybe(Id),
  summary: maybe(z.string()),
  results: maybe(z.array(z.strictObject({ area: Id, text: Text }))),
});

export const Evaluations = z.strictObject({ schemaVersion: SchemaVersion, evaluations: z.array(Evaluation) });

export type Evaluation = z.infer<typeof Evaluation>;
