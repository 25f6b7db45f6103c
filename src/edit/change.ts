import { type Message, type MessageId, message, type ParamsArg } from '../i18n/message.js';
import type { PathSegment } from '../model/finding.js';

/** What an edit does to the file's data; the verifier applies it to the old data and compares. */
export type DataOp =
  | { op: 'set'; path: PathSegment[]; value: unknown }
  | { op: 'append'; path: PathSegment[]; item: unknown }
  | { op: 'remove'; path: PathSegment[] }
  | { op: 'create'; value: unknown };

/** One file's new text; `before` is null for a file that does not exist yet. */
export interface FileEdit {
  file: string;
  before: string | null;
  after: string;
  ops: DataOp[];
}

/** One user action: one or more files, written together or not at all. */
export interface Change {
  edits: FileEdit[];
  /** What the change does, for the line the command prints. */
  summary: Message;
  /** Further lines that say what else the change did (a leader added to the committee). */
  notes?: Message[];
  /**
   * `record undo`: the change reverses the folder's last one; these files, which it created, are
   * removed after the others are written back (each checked to hold what it wrote), and the undo
   * record goes (one level).
   */
  undo?: { deletes: Array<{ file: string; text: string }> };
}

/** What a record command comes to: a change to write, or nothing to do because it is already there. */
export type Outcome = { kind: 'change'; change: Change } | { kind: 'already'; message: Message };

/**
 * A record command that cannot be carried out, said in one line: `usage` (exit 2) when an argument
 * names nothing or contradicts another, `conflict` (exit 1) when the data already holds something
 * else (SPEC section 8), `refused` (exit 1) for files that cannot be edited safely.
 */
export class Refusal extends Error {
  constructor(
    readonly kind: 'usage' | 'conflict' | 'refused',
    readonly detail: Message,
  ) {
    super(detail.id);
    this.name = 'Refusal';
  }
}

export const usage = <K extends MessageId>(id: K, ...params: ParamsArg<K>) =>
  new Refusal('usage', message(id, ...params));
export const conflict = <K extends MessageId>(id: K, ...params: ParamsArg<K>) =>
  new Refusal('conflict', message(id, ...params));
export const refused = <K extends MessageId>(id: K, ...params: ParamsArg<K>) =>
  new Refusal('refused', message(id, ...params));

/**
 * An edit whose result is not what was intended: a bug in samarbeid, never written (exit 3).
 */
export class EditNotVerified extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'EditNotVerified';
  }
}
