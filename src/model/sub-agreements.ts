import * as z from 'zod';
import { Id, IsoDate, maybe, SchemaVersion, Text } from './primitives.js';

export const SubAgreement = z.strictObject({
  id: Id,
  title: Text,
  area: maybe(Id),
  approvals: maybe(z.array(z.strictObject({ party: Id, date: IsoDate }))),
  validUntil: maybe(IsoDate),
});

export const SubAgreements = z.strictObject({
  schemaVersion: SchemaVersion,
  subAgreements: z.array(SubAgreement),
});

export type SubAgreement = z.infer<typeof SubAgreement>;
