import { resolve, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { checkWorkspace } from '../app/check.js';
import { openWorkspace } from '../app/load.js';
import { type Change, type Outcome, Refusal } from '../edit/change.js';
import { commitChange } from '../edit/commit.js';
import { type RecordContext, recordContext } from '../edit/context.js';
import { type FolderLock, lockFolder } from '../edit/lock.js';
import { verifyEdit } from '../edit/verify.js';
import type { Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import { discover } from '../load/discover.js';
import { loadAgreement } from '../load/load-agreement.js';
import { displayPath } from '../load/read-agreement.js';
import { terminalSafe } from '../output/sanitize.js';
import { type GlobalOptions, makeChalk, parseAsOf, pickLang, translator, UsageError } from './context.js';
import { newFindings, refusalText } from './record-findings.js';

export { planAdopt } from '../edit/record-adopt.js';
export { planApproval } from '../edit/record-approval.js';
export { planDone, planEvaluation, planReport } from '../edit/record-follow-up.js';
export { planGroup } from '../edit/record-group.js';
export { planMeeting } from '../edit/record-meeting.js';
export { planAction, planDecision } from '../edit/record-minutes.js';
export { planMove } from '../edit/record-move.js';
export { planMeasure, planPlan } from '../edit/record-plan.js';
export { planArea, planPerson, planSubAgreement } from '../edit/record-register.js';

export interface RecordCommon extends GlobalOptions {
  asOf?: string;
  dryRun?: boolean;
}

export type Planner = (ctx: RecordContext) => Outcome;

const UNREADABLE = new Set([
  'file-unreadable',
  'file-not-regular',
  'file-binary',
  'file-too-large',
  'file-outside',
  'folder-unreadable',
]);

/**
 * Every record command: under the folder's lock, load the one agreement, plan the change, verify
 * each file's new text, validate the agreement as it would be, and write only if the change adds
 * no error and no file changed meanwhile (SPEC section 8).
 */
export async function runRecord(folder: string, options: RecordCommon, plan: Planner): Promise<void> {
  const asOf = parseAsOf(options.asOf);
  const found = discover([folder], process.cwd());
  if (!found.ok) throw new UsageError(found.message);
  const [target] = found.value.targets;
  if (!target || found.value.targets.length !== 1)
    throw new UsageError({ id: 'edit.one-agreement', params: { path: folder } });
  const lock: FolderLock | null = options.dryRun ? null : await locking(target);
  try {
    await recordUnderLock(folder, options, plan, asOf, lock);
  } finally {
    lock?.release();
  }
}

async function locking(dir: string): Promise<FolderLock> {
  try {
    return await lockFolder(dir);
  } catch (error) {
    if (error instanceof Refusal) throw new UsageError(error.detail, 1);
    throw new UsageError({
      id: 'edit.cannot-lock',
      params: { code: (error as NodeJS.ErrnoException).code ?? 'error' },
    });
  }
}

async function recordUnderLock(
  folder: string,
  options: RecordCommon,
  plan: Planner,
  asOf: ReturnType<typeof parseAsOf>,
  lock: FolderLock | null,
): Promise<void> {
  // Read again under the lock: what another writer saved before we got it is what we edit.
  const workspace = await openWorkspace([folder], { cache: false });
  const loaded = workspace.agreements[0]!;
  const lang = pickLang(options.lang, [loaded.data?.agreement.language]);
  const t = translator(lang);
  const say = (text: string) => process.stderr.write(`samarbeid: ${terminalSafe(text)}\n`);
  // A folder or file inside the agreement (`record meeting . ...` in meetings/): say which one is used.
  const given = resolve(folder);
  if (given !== loaded.dir && given.startsWith(loaded.dir + sep))
    say(t('cli.using-agreement', { path: displayPath(loaded.dir, process.cwd()) }));
  const before = checkWorkspace(workspace, asOf);
  if (!loaded.data) {
    process.stdout.write(refusalText(before, [], lang, makeChalk(options)));
    say(t('edit.agreement-unreadable'));
    process.exitCode = 1;
    return;
  }

  let outcome: Outcome;
  try {
    outcome = plan(recordContext(loaded, loaded.data, asOf));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.kind === 'usage') throw new UsageError(error.detail);
    say(render(error.detail, lang));
    process.exitCode = 1;
    return;
  }
  if (outcome.kind === 'already') {
    process.stdout.write(`${terminalSafe(render(outcome.message, lang))}\n`);
    return;
  }
  const { change } = outcome;
  // A file that cannot be read at all (permissions, not UTF-8, a link out) holds data the change
  // is not checked against: a meeting id it may already use, a host it may record.
  const unreadable = loaded.findings.find((f) => UNREADABLE.has(f.rule));
  if (unreadable) {
    say(t('edit.other-unreadable', { file: unreadable.file }));
    process.exitCode = 1;
    return;
  }
  for (const edit of change.edits) verifyEdit(edit);

  // The agreement as the change would leave it, from the texts read under the lock: no file is
  // read a second time, and nothing another program saves meanwhile can slip into the check.
  const read = [...loaded.sources.values()].flatMap((s) =>
    s.text === null ? [] : [[s.file, s.text] as const],
  );
  const overlay = new Map([...read, ...change.edits.map((e) => [e.file, e.after] as const)]);
  const after = loadAgreement(loaded.dir, process.cwd(), overlay);
  const afterFindings = checkWorkspace({ agreements: [after], known: workspace.known }, asOf);
  const added = newFindings(before, afterFindings).filter((f) => f.severity === 'error');
  if (added.length > 0) {
    const changed = new Set(change.edits.map((e) => after.sources.get(e.file)?.display ?? e.file));
    process.stdout.write(refusalText(added, [...changed], lang, makeChalk(options)));
    say(t('edit.would-add-errors', { n: added.length }));
    if (added.some((f) => f.rule === 'held-in-future')) say(t('edit.hint-planned'));
    process.exitCode = 1;
    return;
  }
  const old = before.filter((f) => f.severity === 'error').length;
  if (old > 0) say(t('edit.errors-before', { n: old }));

  if (options.dryRun) {
    process.stdout.write(diffOf(change));
    return;
  }
  try {
    commitChange(loaded.dir, change.edits, lock);
  } catch (error) {
    if (error instanceof Refusal) {
      say(render(error.detail, lang));
      process.exitCode = 1;
      return;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new UsageError({ id: 'cli.write-failed', params: { path: change.edits[0]!.file, code } });
  }
  report(change, lang);
}

function report(change: Change, lang: Lang): void {
  const lines = [change.summary, ...(change.notes ?? [])].map((m) => terminalSafe(render(m, lang)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

// The diff shows the file's own text; control characters in it are made visible, line by line.
function diffOf(change: Change): string {
  return change.edits
    .map((e) => createTwoFilesPatch(`a/${e.file}`, `b/${e.file}`, e.before ?? '', e.after))
    .join('')
    .split('\n')
    .map((line) => terminalSafe(line.replace(/\r$/, '')))
    .join('\n');
}
