import type { PathSegment } from '../model/finding.js';
import type { DataOp, FileEdit } from './change.js';
import { appendIn, removeIn, removeKeyIn, setIn } from './yaml-splice.js';

export interface FileEditor {
  set(path: PathSegment[], value: unknown): FileEditor;
  append(path: PathSegment[], item: unknown, style?: 'block' | 'flow'): FileEditor;
  remove(path: PathSegment[]): FileEditor;
  /** Removes a key of a map with its value. */
  drop(path: PathSegment[]): FileEditor;
  done(): FileEdit;
}

/**
 * Edits one file's text, keeping with each splice the data operation it is meant to be, so that
 * the verifier can tell whether the text came out as intended.
 */
export function editFile(file: string, before: string): FileEditor {
  let text = before;
  const ops: DataOp[] = [];
  const editor: FileEditor = {
    set(path, value) {
      text = setIn(text, path, value);
      ops.push({ op: 'set', path, value });
      return editor;
    },
    append(path, item, style = 'flow') {
      text = appendIn(text, path, item, style);
      ops.push({ op: 'append', path, item });
      return editor;
    },
    remove(path) {
      text = removeIn(text, path);
      ops.push({ op: 'remove', path });
      return editor;
    },
    drop(path) {
      text = removeKeyIn(text, path);
      ops.push({ op: 'remove', path });
      return editor;
    },
    done: () => ({ file, before, after: text, ops }),
  };
  return editor;
}

/** A file that does not exist yet, with the data it is meant to hold. */
export const createFile = (file: string, text: string, value: unknown): FileEdit => ({
  file,
  before: null,
  after: text,
  ops: [{ op: 'create', value }],
});
