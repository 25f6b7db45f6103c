import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { openWorkspace } from '../app/load.js';
import { type FileEdit, Refusal } from '../edit/change.js';
import { JOURNAL_FILES } from '../edit/lock.js';
import { userFolder, writeBelow } from '../edit/safe-write.js';
import { SCHEMA_FOLDER, schemaNameOf, withSchemaLine } from '../edit/schema-line.js';
import { LockFailed, underLock, writeVerified } from '../edit/transaction.js';
import { verifyEdit } from '../edit/verify.js';
import type { Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { LoadedAgreement } from '../load/read-agreement.js';
import { readSmall } from '../load/read-regular.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { terminalSafe } from '../output/sanitize.js';
import { jsonSchemas } from '../schema/json-schema.js';
import { type GlobalOptions, pickLang, translator, writing } from './context.js';

export interface SchemaOptions extends GlobalOptions {
  out?: string;
  /** A folder (true: the working folder) whose agreement files get their schema lines fixed. */
  write?: string | true;
  dryRun?: boolean;
}

const posix = (path: string) => path.split(sep).join('/');

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes the schema files that differ from what is there into `sub` of the folder `root` (which
 * the user named); says which, or would. `.samarbeid/schemas` comes with the repository, so no
 * link in it is followed, and a file there is read only when it is a regular one.
 */
function writeSchemas(root: string, sub: string, lang: Lang, options: SchemaOptions): void {
  const t = translator(lang);
  let real: string | null = null;
  for (const { name, text } of jsonSchemas(lang)) {
    const path = join(root, sub, name);
    const shown = relative(process.cwd(), path) || path;
    if (readSmall(path, MAX_FILE_BYTES) === text) continue;
    if (options.dryRun) {
      process.stderr.write(`${t('cli.would-write', { path: shown })}\n`);
      continue;
    }
    real ??= writing(shown, () => userFolder(root));
    writing(shown, () => writeBelow(real!, join(sub, name), text));
    process.stderr.write(`${t('cli.wrote', { path: shown })}\n`);
  }
}

/** The edits that point every file of the agreement at the schemas in `folder`. */
function lineEdits(agreement: LoadedAgreement, folder: string): FileEdit[] {
  return [...agreement.sources.values()].flatMap((source): FileEdit[] => {
    const name = schemaNameOf(source.file);
    if (name === null || source.text === null) return [];
    const from = dirname(join(agreement.dir, source.file));
    const after = withSchemaLine(source.text, posix(relative(from, join(folder, name))));
    return after === source.text ? [] : [{ file: source.file, before: source.text, after, ops: [] }];
  });
}

// Only a comment line changes: the data must stay the same (checked wherever the file parses).
function verify(edit: FileEdit): void {
  if (edit.before !== null && parseYaml(edit.before).problems.length === 0) verifyEdit(edit);
}

/**
 * `samarbeid schema`: the JSON Schemas on stdout, into a folder (`--out`), or into a workspace
 * (`--write`), whose agreement files then get schema lines that point at them.
 */
export async function runSchema(options: SchemaOptions): Promise<void> {
  if (options.write === undefined) {
    const lang = pickLang(options.lang, []);
    if (options.out) return writeSchemas(resolve(options.out), '.', lang, options);
    const all = Object.fromEntries(jsonSchemas(lang).map((s) => [s.name, JSON.parse(s.text)]));
    process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    return;
  }
  const root = options.write === true ? '.' : options.write;
  const workspace = await openWorkspace([root], { cache: false });
  const agreements = workspace.agreements.filter((a) => a.sources.size > 0);
  const lang = pickLang(
    options.lang,
    agreements.map((a) => a.data?.agreement.language),
  );
  const t = translator(lang);
  // The folder given, or the one that holds the agreement.yaml given.
  const base = isFile(root) ? dirname(root) : root;
  const folder = resolve(options.out ?? join(base, ...SCHEMA_FOLDER));
  if (options.out) writeSchemas(folder, '.', lang, options);
  else writeSchemas(resolve(base), join(...SCHEMA_FOLDER), lang, options);

  let changed = 0;
  let failed = false;
  for (const agreement of agreements) {
    const edits = lineEdits(agreement, folder);
    if (edits.length === 0) continue;
    if (options.dryRun) {
      for (const edit of edits) verify(edit);
      process.stdout.write(diffOf(agreement, edits));
      changed += edits.length;
      continue;
    }
    const wrote = (batch: readonly FileEdit[]) => {
      changed += batch.length;
      for (const edit of batch) {
        const path = agreement.sources.get(edit.file)?.display ?? edit.file;
        process.stderr.write(`${t('cli.wrote', { path: terminalSafe(path) })}\n`);
      }
    };
    try {
      await underLock(agreement.dir, false, (lock) => {
        // A lock's journal names at most a few dozen files (load/lock-file.ts), and an agreement
        // may hold any number of action plans. A schema line is a comment, so each batch may stand
        // alone: all of a batch's files or none.
        for (let at = 0; at < edits.length; at += JOURNAL_FILES) {
          const batch = edits.slice(at, at + JOURNAL_FILES);
          writeVerified(agreement.dir, batch, lock, verify);
          wrote(batch);
        }
      });
    } catch (error) {
      // A folder that cannot be written (read-only file, full disk) is said, and the others are
      // still fixed: a batch's files are written all or none.
      const refusal = error instanceof LockFailed ? error.refusal : error instanceof Refusal ? error : null;
      const code = error instanceof LockFailed ? error.code : (error as NodeJS.ErrnoException).code;
      if (!refusal && typeof code !== 'string') throw error;
      const message = refusal
        ? render(refusal.detail, lang)
        : t('cli.write-failed', { path: agreement.display, code: code as string });
      process.stderr.write(`samarbeid: ${agreement.display}: ${terminalSafe(message)}\n`);
      process.exitCode = 1;
      failed = true;
    }
  }
  const shown = posix(relative(process.cwd(), folder)) || '.';
  // After a folder that could not be written, 'every line already points there' would not be true.
  if (changed === 0) {
    if (!failed) process.stderr.write(`${t('cli.schema-lines-ok', { folder: shown })}\n`);
  } else if (!options.dryRun)
    process.stderr.write(`${t('cli.schema-lines-fixed', { n: changed, folder: shown })}\n`);
}

// The diff shows the file's own text; control characters in it are made visible, line by line.
function diffOf(agreement: LoadedAgreement, edits: readonly FileEdit[]): string {
  return edits
    .map((e) => {
      const shown = agreement.sources.get(e.file)?.display ?? e.file;
      return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, e.before ?? '', e.after);
    })
    .join('')
    .split('\n')
    .map((line) => terminalSafe(line.replace(/\r$/, '')))
    .join('\n');
}
