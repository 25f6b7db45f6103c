import { existsSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { diffOf, type Revision, sideOf } from '../app/diff.js';
import { openWorkspace } from '../app/load.js';
import { readTree } from '../git/read-tree.js';
import { commitOf, defaultBase, type Resolved, repositoryRoot } from '../git/revisions.js';
import { render } from '../i18n/index.js';
import { checkText } from '../load/check-text.js';
import { type Tree, treeMinutes, treeWorkspace } from '../load/tree-workspace.js';
import type { Workspace } from '../load/workspace.js';
import type { Message } from '../model/finding.js';
import { diffFormatter } from '../output/diff.js';
import { pickLang, translator, UsageError } from './context.js';
import type { DiffOptions } from './diff.js';
import { splitArguments } from './diff-arguments.js';
import { specFrom } from './spec.js';

// The edges of `samarbeid diff`: git for the revisions, the disk for the working tree, stdout for
// the result. Whatever git cannot give is one line and exit 2; otherwise exit 0 (diff informs).

function must<T>(resolved: Resolved<T>): T {
  if (!resolved.ok) throw new UsageError(resolved.message);
  return resolved.value;
}

// The YAML files discovery could reach: none under node_modules or a dot-folder is read at all.
const readable = (path: string) => /\.ya?ml$/.test(path) && !/(?:^|\/)(?:node_modules|\.[^/]*)\//.test(path);

const real = (path: string) => (existsSync(path) ? realpathSync(path) : path);

/** Whether an agreement folder (absolute) is one of the paths or holds one, as discovery takes them. */
function wantedBy(paths: readonly string[]): (dir: string) => boolean {
  return (dir) =>
    paths.some((p) => dir === p || dir.startsWith(p.endsWith(sep) ? p : p + sep) || p.startsWith(dir + sep));
}

/** The working tree as every command reads it; no agreement left there is a side with none, not an error. */
async function workingTree(paths: string[], options: DiffOptions, cwd: string): Promise<Workspace> {
  if (paths.length === 0) return { agreements: [], known: [] };
  try {
    return await openWorkspace(paths, { cache: options.cache, cwd });
  } catch (error) {
    if (error instanceof UsageError && error.detail.id === 'cli.no-agreement')
      return { agreements: [], known: [] };
    throw error;
  }
}

export async function runDiff(args: string[], afterDash: number, options: DiffOptions): Promise<void> {
  const cwd = process.cwd();
  const root = must(repositoryRoot(cwd));
  const split = splitArguments(args, afterDash, (a) => existsSync(resolve(cwd, a)));
  if (!split.ok) throw new UsageError(split.message);
  const spec = specFrom(options);
  const [baseName, headName] = split.revisions;
  const head: Revision = headName
    ? { name: headName, commit: must(commitOf(root, headName)) }
    : { name: null, commit: null };
  const base: Revision = baseName
    ? { name: baseName, commit: must(commitOf(root, baseName)) }
    : (() => {
        const found = must(defaultBase(root, head.commit ?? must(commitOf(root, 'HEAD'))));
        return { name: found.branch, commit: found.commit };
      })();
  const paths = split.paths.length > 0 ? split.paths.map((p) => real(resolve(cwd, p))) : [root];
  const wanted = wantedBy(paths);

  const treeSide = (commit: string, name: string) => {
    const tree: Tree | null = readTree(root, commit, readable);
    const missing: Message = { id: 'diff.missing-revision', params: { revision: name } };
    if (tree === null) throw new UsageError(missing);
    const read = treeWorkspace(tree, root, cwd, (folder) => wanted(resolve(root, folder)), checkText);
    return sideOf(read.workspace, spec.asOf, (loaded) =>
      treeMinutes(tree, read.folders.get(loaded.dir) ?? '', loaded),
    );
  };
  const baseSide = treeSide(base.commit ?? '', base.name ?? base.commit ?? '');
  const headSide = head.commit
    ? treeSide(head.commit, head.name ?? head.commit)
    : sideOf(
        await workingTree(
          paths.filter((p) => existsSync(p)),
          options,
          cwd,
        ),
        spec.asOf,
      );
  const result = diffOf(baseSide, headSide, { base, head }, spec.asOf);
  const lang = pickLang(
    options.lang,
    [...headSide.agreements, ...baseSide.agreements].map((a) => a.data?.agreement.language),
  );
  const format = diffFormatter(options.format);
  process.stdout.write(
    format({ result, lang, t: translator(lang), render: (m: Message) => render(m, lang) }),
  );
  process.exitCode = 0;
}
