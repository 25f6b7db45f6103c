import { isDeepStrictEqual } from 'node:util';
import { message, type Param, type Under } from '../i18n/message.js';
import { conflict, type Outcome } from './change.js';

export { message } from '../i18n/message.js';

/** The kinds of record and the fields that a conflict names (words of the catalogue). */
export type RecordKind = Under<'kind.'>;
export type RecordField = Under<'field.'>;
type Fields = Partial<Record<RecordField, unknown>>;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a message parameter: dates as dates, lists joined, nothing as a dash. */
export function shown(value: unknown): Param {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && ISO.test(value)) return { date: value };
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The first given field whose value differs from the record already there, or null. */
export function differing(existing: object, wanted: Fields): RecordField | null {
  const old = existing as Record<string, unknown>;
  for (const [key, value] of Object.entries(wanted) as Array<[RecordField, unknown]>) {
    if (value === undefined) continue;
    if (!isDeepStrictEqual(old[key] ?? null, value ?? null)) return key;
  }
  return null;
}

/**
 * SPEC section 8: recording what is already there writes nothing (exit 0); recording something
 * else in its place is refused with what is there (exit 1).
 */
export function alreadyThere(kind: RecordKind, id: string, existing: object, wanted: Fields): Outcome {
  const field = differing(existing, wanted);
  if (field !== null)
    throw conflictOn(kind, id, field, (existing as Record<string, unknown>)[field], wanted[field]);
  return { kind: 'already', message: message('edit.already', { what: { ref: `kind.${kind}` }, id }) };
}

export function conflictOn(
  kind: RecordKind,
  id: string,
  field: RecordField,
  existing: unknown,
  wanted: unknown,
) {
  return conflict('edit.conflict', {
    what: { ref: `kind.${kind}` },
    id,
    field: { ref: `field.${field}` },
    existing: shown(existing),
    wanted: shown(wanted),
  });
}
