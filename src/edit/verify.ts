import { isDeepStrictEqual } from 'node:util';
import { parseYaml } from '../load/parse-yaml.js';
import type { PathSegment } from '../model/finding.js';
import { type DataOp, EditNotVerified, type FileEdit } from './change.js';

type Container = Record<string | number, unknown>;

function containerAt(data: unknown, path: PathSegment[]): Container {
  let node = data;
  for (const segment of path) node = (node as Container | null)?.[segment];
  if (typeof node !== 'object' || node === null) throw new Error(`no map or list at ${path.join('.')}`);
  return node as Container;
}

/** The data as the operations leave it (on a copy). */
export function applyOps(data: unknown, ops: readonly DataOp[]): unknown {
  let result = structuredClone(data);
  for (const op of ops) {
    if (op.op === 'create') {
      result = structuredClone(op.value);
      continue;
    }
    const parent = containerAt(result, op.path.slice(0, -1));
    const key = op.path.at(-1) as string | number;
    if (op.op === 'set') parent[key] = structuredClone(op.value);
    else if (op.op === 'append') {
      const list = parent[key];
      parent[key] = Array.isArray(list) ? [...list, structuredClone(op.item)] : [structuredClone(op.item)];
    } else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (Object.hasOwn(parent, key)) delete parent[key];
    else throw new Error(`nothing to remove at ${op.path.join('.')}`);
  }
  return result;
}

function lineEndings(text: string): 'lf' | 'crlf' | 'mixed' | 'none' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  if (lf === 0) return 'none';
  return crlf === lf ? 'crlf' : crlf === 0 ? 'lf' : 'mixed';
}

/**
 * Parses the new text and checks that it holds exactly the old data plus the intended change,
 * and that it keeps the file's line endings. Anything else is a bug in the splice: thrown, never
 * written.
 */
export function verifyEdit(edit: FileEdit): void {
  const fail = (reason: string) => {
    throw new EditNotVerified(edit.file, reason);
  };
  const after = parseYaml(edit.after);
  if (after.problems.length > 0) fail(`the new text does not parse (${after.problems[0]?.rule})`);
  let expected: unknown;
  try {
    const old = edit.before === null ? undefined : parseYaml(edit.before).value;
    expected = applyOps(old, edit.ops);
  } catch (error) {
    fail(`the intended change does not fit the old data (${(error as Error).message})`);
  }
  if (!isDeepStrictEqual(after.value, expected)) fail('the new text holds other data than intended');
  const was = edit.before === null ? 'lf' : lineEndings(edit.before);
  const is = lineEndings(edit.after);
  if (was !== 'mixed' && was !== 'none' && is !== was) fail(`line endings changed from ${was} to ${is}`);
}
