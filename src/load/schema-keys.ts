import type * as z from 'zod';
import type { PathSegment } from '../model/finding.js';

// zod 4 has no public API to walk a schema along a data path; its `_zod.def` is the documented
// internal shape (https://zod.dev/packages/core) and is read here only to list the keys a map allows.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType[] {
  const d = def(schema);
  if (d.innerType) return unwrap(d.innerType);
  if (d.type === 'pipe' && d.in) return unwrap(d.in);
  if (d.type === 'union' && d.options) return d.options.flatMap(unwrap);
  return [schema];
}

/** The keys allowed in the map at `path`, for "did you mean" suggestions. */
export function keysAt(schema: z.ZodType, path: PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const d = def(s);
      if (d.type === 'object' && typeof segment === 'string' && d.shape?.[segment])
        return unwrap(d.shape[segment]);
      if (d.type === 'array' && typeof segment === 'number' && d.element) return unwrap(d.element);
      if (d.type === 'record' && d.valueType) return unwrap(d.valueType);
      return [];
    });
  }
  return current.flatMap((s) => Object.keys(def(s).shape ?? {}));
}
