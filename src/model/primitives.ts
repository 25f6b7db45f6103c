import * as z from 'zod';
import { CADENCE_PATTERN } from './cadence.js';

export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const Id = z.string().regex(new RegExp(ID_PATTERN));
export const IsoDate = z.iso.date();
export const Cadence = z.string().regex(new RegExp(CADENCE_PATTERN)).nullable();
export const SchemaVersion = z.literal(1);
export const Text = z.string().min(1);

/** An optional value that may also be written as null. */
export const maybe = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
