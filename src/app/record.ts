import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { readConfig } from '../config/read-config.js';
import { applySeverity } from '../config/severity.js';
import type { CalendarDate } from '../dates.js';
import { type Change, type Outcome, Refusal } from '../edit/change.js';
import { checkFile, commitChange, removeFile } from '../edit/commit.js';
import { type RecordContext, recordContext } from '../edit/context.js';
import { LockFailed, underLock } from '../edit/transaction.js';
import { dropUndo, saveUndo } from '../edit/undo-store.js';
import { verifyEdit } from '../edit/verify.js';
import { discover } from '../load/discover.js';
import { loadAgreement } from '../load/load-agreement.js';
import { displayPath } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import type { Finding, Message } from '../model/finding.js';
import { checkWorkspace, rulesOff } from './check.js';
import { openWorkspace } from './load.js';
import { newFindings } from './new-findings.js';
import { UsageError } from './usage-error.js';

// `samarbeid record` as a use case (SPEC section 8): under the folder's lock, load the one
// agreement, plan the change, verify each file's new text, check the agreement as the change
// would leave it, and write only if the change adds no error and no file changed meanwhile.

export type Planner = (ctx: RecordContext) => Outcome;

export type RecordResult = {
  language: string | null | undefined;
  using: Message | null;
} /** The agreement cannot be read: its findings, and nothing written. */ & (
  | { kind: 'unreadable'; findings: Finding[] }
  | { kind: 'refused'; message: Message }
  | { kind: 'already'; message: Message }
  /** The change would add these errors (files as shown: `changed`); nothing written. */
  | { kind: 'adds-errors'; findings: Finding[]; changed: string[] }
  | { kind: 'dry-run'; change: Change; errorsBefore: number }
  | { kind: 'written'; change: Change; errorsBefore: number }
);

// A file that cannot be read at all (permissions, not UTF-8, a link out) holds data the change
// is not checked against: a meeting id it may already use, a host it may record.
const UNREADABLE = new Set([
  'file-unreadable',
  'file-not-regular',
  'file-binary',
  'file-too-large',
  'file-outside',
  'folder-unreadable',
]);

export async function recordChange(
  folder: string,
  asOf: CalendarDate,
  plan: Planner,
  { dryRun = false, cwd = process.cwd() }: { dryRun?: boolean; cwd?: string } = {},
): Promise<RecordResult> {
  const found = discover([folder], cwd);
  if (!found.ok) throw new UsageError(found.message);
  const [target] = found.value.targets;
  if (!target || found.value.targets.length !== 1)
    throw new UsageError({ id: 'edit.one-agreement', params: { path: folder } });
  try {
    return await underLock(target, dryRun, async (lock) => {
      // Read again under the lock: what another writer saved before we got it is what we edit.
      const workspace = await openWorkspace([folder], { cache: false, cwd });
      const loaded = workspace.agreements[0]!;
      // A folder or file inside the agreement (`record meeting . ...` in meetings/): say which one is used.
      const given = resolve(cwd, folder);
      const using: Message | null =
        given !== loaded.dir && given.startsWith(loaded.dir + sep)
          ? { id: 'cli.using-agreement', params: { path: displayPath(loaded.dir, cwd) } }
          : null;
      const language = loaded.data?.agreement.language;
      const base = { language, using };
      // The edit is checked as validate checks it: the workspace config's rules turned off are not
      // run, and every finding has the config's level (a rule turned down to a warning refuses nothing).
      const read = readConfig(loaded.dir, cwd);
      if (read && !read.ok) throw new UsageError(read.message);
      const config = read?.config ?? null;
      const off = rulesOff(config);
      const check = (ws: Workspace) => applySeverity(checkWorkspace(ws, asOf, { off }), config);
      const before = check(workspace);
      if (!loaded.data) return { ...base, kind: 'unreadable', findings: before };

      let outcome: Outcome;
      try {
        outcome = plan(recordContext(loaded, loaded.data, asOf, cwd));
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        if (error.kind === 'usage') throw new UsageError(error.detail, 2, language ?? 'nb');
        return { ...base, kind: 'refused', message: error.detail };
      }
      if (outcome.kind === 'already') return { ...base, kind: 'already', message: outcome.message };
      const { change } = outcome;
      const unreadable = loaded.findings.find((f) => UNREADABLE.has(f.rule));
      if (unreadable)
        return {
          ...base,
          kind: 'refused',
          message: { id: 'edit.other-unreadable', params: { file: unreadable.file } },
        };
      for (const edit of change.edits) verifyEdit(edit);

      // The agreement as the change would leave it, from the texts read under the lock: no file is
      // read a second time, and nothing another program saves meanwhile can slip into the check.
      const texts = [...loaded.sources.values()].flatMap((s) =>
        s.text === null ? [] : [[s.file, s.text] as const],
      );
      const overlay = new Map([...texts, ...change.edits.map((e) => [e.file, e.after] as const)]);
      const deleted = new Set(change.undo?.deletes.map((d) => d.file) ?? []);
      const after = loadAgreement(loaded.dir, cwd, overlay, deleted);
      const afterFindings = check({ agreements: [after], known: workspace.known });
      const added = newFindings(before, afterFindings).filter((f) => f.severity === 'error');
      if (added.length > 0) {
        const changed = change.edits.map((e) => after.sources.get(e.file)?.display ?? e.file);
        return { ...base, kind: 'adds-errors', findings: added, changed: [...new Set(changed)] };
      }
      const errorsBefore = before.filter((f) => f.severity === 'error').length;
      if (dryRun) return { ...base, kind: 'dry-run', change, errorsBefore };
      let written = change;
      try {
        // Verified above, against the texts the plan was made from. An undo checks the files it
        // removes first, writes the others back, then removes them: killed in between, the record
        // is there twice at worst (validate says so), and the undo record, still there, finishes it.
        for (const d of change.undo?.deletes ?? []) checkFile(loaded.dir, d.file, d.text);
        if (change.edits.length > 0) commitChange(loaded.dir, change.edits, lock);
        for (const d of change.undo?.deletes ?? []) removeFile(loaded.dir, d.file, d.text);
        written = keepUndo(loaded.dir, change);
      } catch (error) {
        if (error instanceof Refusal) return { ...base, kind: 'refused', message: error.detail };
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw new UsageError({ id: 'cli.write-failed', params: { path: change.edits[0]!.file, code } });
      }
      return { ...base, kind: 'written', change: written, errorsBefore };
    });
  } catch (error) {
    if (!(error instanceof LockFailed)) throw error;
    if (error.refusal) throw new UsageError(error.refusal.detail, 1);
    throw new UsageError({ id: 'edit.cannot-lock', params: { code: error.code } });
  }
}

/**
 * After a change: its undo record is kept (SPEC section 14), or, after an undo, dropped (one level).
 * Undo data that cannot be kept does not undo the change: it is said.
 */
function keepUndo(dir: string, change: Change): Change {
  try {
    const real = realpathSync(dir);
    if (change.undo) dropUndo(real);
    else saveUndo(real, change.edits);
    return change;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ...change, notes: [...(change.notes ?? []), { id: 'edit.undo-not-kept', params: { code } }] };
  }
}
