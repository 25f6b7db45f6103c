import type { Outcome } from '../../src/edit/change.js';
import type { RecordContext } from '../../src/edit/context.js';
import type { FolderData } from './restyled-folder.js';

// What a record case is, and helpers to compute its intended change on a copy of the folder's data.

export type Data = Record<string, any>;

/** What a case must come to on the given data; `apply` changes a copy of the data as intended. */
export type Expected =
  | { kind: 'change'; apply: (d: FolderData) => void }
  | { kind: 'already' | 'conflict' | 'usage' };

export interface RecordCase {
  name: string;
  /** The command line after `samarbeid record <kind> <folder>`. */
  kind: string;
  args: string[];
  plan: (ctx: RecordContext) => Outcome;
  expected: (d: FolderData) => Expected;
}

export const AS_OF = '2026-12-10';

/** The meeting with that id, and the file and list that hold it. */
export function meeting(d: FolderData, id: string): { file: string; list: Data[]; m: Data } {
  for (const [file, value] of Object.entries(d)) {
    const list = file.startsWith('meetings/') ? (value.meetings as Data[] | null) : null;
    const m = list?.find((x) => x.id === id);
    if (list && m) return { file, list, m };
  }
  throw new Error(`no meeting ${id}`);
}
export const push = (obj: Data, key: string, item: unknown) => {
  obj[key] = [...(Array.isArray(obj[key]) ? obj[key] : []), item];
};
export const change = (apply: (d: FolderData) => void): Expected => ({ kind: 'change', apply });
export const byId = (list: Data[] | null | undefined, id: string) => list?.find((x) => x.id === id);
export const PLAN = 'action-plans/handlingsplan-samarbeidsutvalget.yaml';
export const UNGDOM = 'action-plans/handlingsplan-ungdom.yaml';
