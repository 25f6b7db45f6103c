import { existsSync, type lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Message } from '../model/finding.js';

export interface Discovery {
  /** Agreement folders to report on, absolute, sorted. */
  targets: string[];
  /** Other agreement folders of the same workspace, read only for their ids and `supersedes`. */
  neighbours: string[];
}

export type DiscoveryResult = { ok: true; value: Discovery } | { ok: false; message: Message };

const isAgreementFolder = (dir: string) => existsSync(join(dir, 'agreement.yaml'));
const skipped = (name: string) => name === 'node_modules' || name.startsWith('.');

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

// SPEC section 2: every folder below a workspace that holds an agreement.yaml is one agreement;
// node_modules, dot-folders and symlinks that leave the workspace are skipped.
function walk(root: string, dir: string, seen: Set<string>, out: string[]): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  if (isAgreementFolder(dir)) out.push(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = safeRealpath(path);
      if (target && inside(root, target) && statSync(target).isDirectory()) walk(root, path, seen, out);
    } else if (entry.isDirectory()) {
      walk(root, path, seen, out);
    }
  }
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function siblings(folder: string): string[] {
  const parent = dirname(folder);
  try {
    return readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !skipped(e.name))
      .map((e) => join(parent, e.name))
      .filter((dir) => dir !== folder && isAgreementFolder(dir));
  } catch {
    return [];
  }
}

export function discover(paths: readonly string[], cwd: string): DiscoveryResult {
  const targets: string[] = [];
  const neighbours: string[] = [];
  for (const given of paths.length > 0 ? paths : ['.']) {
    const path = resolve(cwd, given);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      const id = code === 'ENOENT' ? 'cli.no-such-path' : 'cli.unreadable-path';
      return { ok: false, message: { id, params: { path: given, code } } };
    }
    if (stat.isFile()) {
      if (basename(path) !== 'agreement.yaml')
        return { ok: false, message: { id: 'cli.not-a-folder', params: { path: given } } };
      targets.push(dirname(path));
      neighbours.push(...siblings(dirname(path)));
      continue;
    }
    try {
      if (isAgreementFolder(path)) {
        targets.push(path);
        neighbours.push(...siblings(path));
      } else {
        const found: string[] = [];
        walk(path, path, new Set(), found);
        if (found.length === 0)
          return { ok: false, message: { id: 'cli.no-agreement', params: { path: given } } };
        targets.push(...found);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, message: { id: 'cli.unreadable-path', params: { path: given, code } } };
    }
  }
  const unique = [...new Set(targets)].sort();
  const others = [...new Set(neighbours)].filter((n) => !unique.includes(n)).sort();
  return { ok: true, value: { targets: unique, neighbours: others } };
}
