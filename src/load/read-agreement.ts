import type { Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Finding, Message } from '../model/finding.js';
import { type AgreementData, FILE_KINDS, type FileKind, type Sourced } from '../model/index.js';
import type { Checker } from './checker.js';
import { readJournal } from './journal-overlay.js';
import { folderUnreadable, listFolder, present } from './list-folder.js';
import { LOCK_FILE } from './lock-file.js';
import { readText } from './read-text.js';
import { findingAt, joinDisplay, type SourceFile } from './source.js';
import { realPath } from './within.js';

export interface LoadedAgreement {
  dir: string;
  display: string;
  /** The agreement's id when agreement.yaml could be read that far. */
  id: string | null;
  data: AgreementData | null;
  sources: Map<string, SourceFile>;
  /** Findings of reading, parsing and schema checking, already placed. */
  findings: Finding[];
}

const SINGLE_FILES: FileKind[] = [
  'agreement',
  'people',
  'workingGroups',
  'subAgreements',
  'evaluations',
  'duties',
];
const KNOWN_NAMES: ReadonlySet<string> = new Set(SINGLE_FILES.map((k) => FILE_KINDS[k].file));

export function displayPath(dir: string, cwd: string): string {
  const rel = relative(cwd, dir);
  return rel === '' ? '.' : rel.split(sep).join('/');
}

export const placedAt = (file: string, rule: string, message: Message): Finding => ({
  rule,
  severity: 'error',
  file,
  line: 1,
  column: 1,
  message,
});

/** The agreement folder's real path; null when it does not exist (yet: `init` checks a new one). */
type Root = { ok: true; real: string | null } | { ok: false; code: string };

function rootOf(dir: string): Root {
  const real = realPath(dir);
  if (real.ok) return real;
  return real.code === 'ENOENT' ? { ok: true, real: null } : real;
}

/** Texts that stand in for files, by path inside the folder: the agreement as an edit would leave it. */
export type Overlay = ReadonlyMap<string, string>;

/** Reads one agreement folder, each file through `check`; never throws for what the files hold. */
export function readAgreement(
  dir: string,
  cwd: string,
  check: Checker,
  given: Overlay = new Map(),
  /** Files read as absent: those an undo deletes, for the check of the folder as it will be. */
  absent: ReadonlySet<string> = new Set(),
  /**
   * `samarbeid diff`: the folder as a git revision holds it, so `given` is every file and the
   * disk is not looked at; these are the names of the files at the folder's top (for unknown-file).
   */
  tree: readonly string[] | null = null,
): LoadedAgreement {
  const display = displayPath(dir, cwd);
  const sources = new Map<string, SourceFile>();
  const findings: Finding[] = [];
  const broken = new Set<FileKind>();
  let brokenId: string | null = null;
  const root: Root = tree ? { ok: true, real: null } : rootOf(dir);
  if (!root.ok) {
    const failed = folderUnreadable(root.code, display);
    findings.push(placedAt(display, failed.rule, failed.message));
  }
  const rootReal = root.ok ? root.real : null;
  let overlay = given;
  const listing = rootReal === null ? null : listFolder(rootReal, rootReal, display);
  const entries: Dirent[] = tree ? tree.map(treeEntry) : listing?.ok ? listing.entries : [];
  // A lock is there only while a record runs, or after one was cut short: look at it only then.
  if (rootReal !== null && entries.some((e) => e.name === LOCK_FILE)) {
    const journal = readJournal(dir, rootReal, display);
    findings.push(...journal.findings);
    if (journal.texts.size > 0) overlay = new Map([...journal.texts, ...given]);
  }

  // Every file and folder is reached through this: inside the agreement folder, or not at all.
  function readFile(file: string) {
    const replaced = overlay.get(file);
    if (replaced !== undefined) return { ok: true, text: replaced } as const;
    return readText(join(dir, file), rootReal ?? dir);
  }

  function yamlFilesIn(sub: string): string[] {
    const listing: ReturnType<typeof listFolder> =
      rootReal === null ? { ok: false, absent: true } : listFolder(rootReal, join(dir, sub), `${sub}/`);
    if (!listing.ok && !listing.absent)
      findings.push(placedAt(joinDisplay(display, sub), listing.rule, listing.message));
    // Every kind of entry: a folder or a FIFO named 2026.yaml is reported, not passed over.
    const onDisk = listing.ok
      ? listing.entries.filter((e) => /\.ya?ml$/.test(e.name)).map((e) => `${sub}/${e.name}`)
      : [];
    const added = [...overlay.keys()].filter((f) => f.startsWith(`${sub}/`));
    return [...new Set([...onDisk, ...added])].filter((f) => !absent.has(f)).sort();
  }

  function read<T>(kind: FileKind, file: string): T | null {
    const source: SourceFile = { file, display: joinDisplay(display, file), text: null, parsed: null };
    sources.set(file, source);
    const result = readFile(file);
    if (!result.ok) {
      findings.push(findingAt(source, result.rule, 0, result.message));
      broken.add(kind);
      return null;
    }
    source.text = result.text;
    const checked = check(kind, { ...source, text: result.text });
    if (checked.ok) return checked.value as T;
    // One at a time: a file can have as many findings as it has items (issue 24), too many for a spread.
    for (const f of checked.findings) findings.push(f);
    broken.add(kind);
    if (kind === 'agreement') brokenId = idOf(checked.raw);
    return null;
  }

  function readIfPresent<T>(kind: FileKind): T | null {
    const file = FILE_KINDS[kind].file;
    if (!absent.has(file) && (overlay.has(file) || (rootReal !== null && present(join(dir, file)))))
      return read<T>(kind, file);
    if (FILE_KINDS[kind].required) {
      findings.push({
        rule: 'missing-file',
        severity: 'error',
        file: joinDisplay(display, file),
        line: 1,
        column: 1,
        message: { id: 'load.missing-file', params: { file } },
      });
      broken.add(kind);
    }
    return null;
  }

  const agreement = readIfPresent<AgreementData['agreement']>('agreement');
  const people = readIfPresent<AgreementData['people']>('people');
  const workingGroups = readIfPresent<{ workingGroups: AgreementData['workingGroups'] }>('workingGroups');
  const subAgreements = readIfPresent<{ subAgreements: AgreementData['subAgreements'] }>('subAgreements');
  const evaluations = readIfPresent<{ evaluations: AgreementData['evaluations'] }>('evaluations');
  const duties = readIfPresent<{ done: AgreementData['duties'] }>('duties');
  const sourced = <T>(kind: FileKind, sub: string) =>
    yamlFilesIn(sub).flatMap((file): Sourced<T>[] => {
      const value = read<T>(kind, file);
      return value === null ? [] : [{ file, value }];
    });
  const actionPlans = sourced<AgreementData['actionPlans'][number]['value']>('actionPlan', 'action-plans');
  const meetingFiles = sourced<{ meetings: AgreementData['meetingFiles'][number]['value'] }>(
    'meetings',
    'meetings',
  );
  for (const f of strayFiles(entries, display)) findings.push(f);

  const id = agreement?.id ?? brokenId;
  const data: AgreementData | null = agreement && {
    folder: display,
    agreement,
    people,
    workingGroups: workingGroups?.workingGroups ?? [],
    actionPlans,
    meetingFiles: meetingFiles.map((m) => ({ file: m.file, value: m.value.meetings })),
    subAgreements: subAgreements?.subAgreements ?? [],
    evaluations: evaluations?.evaluations ?? [],
    duties: duties?.done ?? [],
    broken,
  };
  return { dir, display, id, data, sources, findings };
}

// A file of a git tree as strayFiles looks at it: blobs only (ls-tree lists no folders with -r).
const treeEntry = (name: string) => ({ name, isFile: () => true }) as Dirent;

// An agreement.yaml that fails its schema may still name its id, which other agreements refer to.
export function idOf(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

// A misnamed file (people.yml, evaluation.yaml) would otherwise be ignored without a word.
function strayFiles(entries: readonly Dirent[], display: string): Finding[] {
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !KNOWN_NAMES.has(e.name))
    .map((e) => ({
      rule: 'unknown-file',
      severity: 'warning' as const,
      file: joinDisplay(display, e.name),
      line: 1,
      column: 1,
      message: { id: 'load.unknown-file', params: { file: e.name, known: [...KNOWN_NAMES].join(', ') } },
    }));
}
