import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../i18n/message.js';
import { fileId } from '../load/lock-file.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readUndo } from '../load/undo-record.js';
import { conflict, type FileEdit, type Outcome } from './change.js';
import type { RecordContext } from './context.js';
import { message } from './existing.js';

// SPEC section 14: `record undo` reverses exactly the last change of a `record` in the folder, one
// level, and only while every file it touched still holds what it wrote. It is a change like any
// other: verified, checked, written under the lock all or nothing (src/app/record.ts).

function identity(dir: string, file: string): string | null {
  try {
    return fileId(lstatSync(join(dir, ...file.split('/')), { bigint: true }));
  } catch {
    return null;
  }
}

export function planUndo(ctx: RecordContext): Outcome {
  const found = readUndo(realpathSync(ctx.dir));
  if (found.kind === 'none') throw conflict('edit.undo-nothing');
  if (found.kind === 'damaged') throw conflict('edit.undo-damaged');
  const edits: FileEdit[] = [];
  const deletes: Array<{ file: string; text: string }> = [];
  for (const f of found.record.files) {
    // What the folder holds now, as read under the lock: the change's text, or it was edited since.
    // A file already as it was before (an undo cut short) is left as it is.
    const now = ctx.texts.get(f.file) ?? null;
    if (now === f.before) continue;
    if (now !== f.after) throw conflict('edit.undo-changed', { file: f.file });
    // The very file the change wrote: the same text in a file made since (a checkout, an unpacked
    // archive that brought undo data with it) is not the change's to reverse.
    if (identity(ctx.dir, f.file) !== f.id) throw conflict('edit.undo-changed', { file: f.file });
    if (f.before === null) deletes.push({ file: f.file, text: f.after });
    else {
      const parsed = parseYaml(f.before);
      if (parsed.problems.length > 0) throw conflict('edit.undo-damaged');
      edits.push({
        file: f.file,
        before: f.after,
        after: f.before,
        ops: [{ op: 'create', value: parsed.value }],
      });
    }
  }
  if (edits.length === 0 && deletes.length === 0) throw conflict('edit.undo-nothing');
  const files = found.record.files.map((f) => f.file).join(', ');
  const notes: Message[] = deletes.map((d) => message('edit.undo-deleted', { file: d.file }));
  return {
    kind: 'change',
    change: { edits, summary: message('edit.undone', { files }), notes, undo: { deletes } },
  };
}
