import type { Message } from '../model/finding.js';

/** One file's new text; `before` is null for a file that does not exist yet. */
export interface FileChange {
  file: string;
  before: string | null;
  after: string;
  /** What the change does, for the one line the command prints. */
  summary: Message;
}

export type Planned = { ok: true; change: FileChange } | { ok: false; message: Message };

export const refuse = (id: string, params?: Message['params']): Planned => ({
  ok: false,
  message: params ? { id, params } : { id },
});

export const planned = (file: string, before: string | null, after: string, summary: Message): Planned => ({
  ok: true,
  change: { file, before, after, summary },
});
