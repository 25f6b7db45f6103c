import type { FileEdit } from './change.js';
import type { RecordContext } from './context.js';
import { createFile } from './file-edit.js';
import { schemaLineFor } from './schema-line.js';
import { newListFile } from './yaml-splice.js';

type ListFile = 'meetings' | 'evaluations' | 'working-groups' | 'sub-agreements' | 'duties';

/** Appends an item to the top-level list of a file, creating the file (with its schema line) if need be. */
export function appendToFile(
  ctx: RecordContext,
  file: string,
  kind: ListFile,
  key: string,
  item: unknown,
): FileEdit {
  if (ctx.text(file) !== null) return ctx.edit(file).append([key], item, 'block').done();
  const text = newListFile(schemaLineFor(ctx.texts, kind), key, item);
  return createFile(file, text, { schemaVersion: 1, [key]: [item] });
}
