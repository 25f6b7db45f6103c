import { join } from 'node:path';
import { compareText } from '../compare.js';
import type { WorkspaceAgreement } from '../model/index.js';
import type { Checker } from './checker.js';
import type { Discovery } from './discover.js';
import type { Checkers } from './file-cache.js';
import { folderUnreadable } from './list-folder.js';
import { displayPath, idOf, type LoadedAgreement, placedAt, readAgreement } from './read-agreement.js';
import { readText } from './read-text.js';
import { joinDisplay } from './source.js';
import { realPath } from './within.js';

export interface Workspace {
  agreements: LoadedAgreement[];
  /** Ids and `supersedes` of every agreement of the workspace, neighbours included. */
  known: WorkspaceAgreement[];
}

/** A neighbour's id and `supersedes`, from its agreement.yaml alone. */
export function peek(dir: string, cwd: string, check: Checker): WorkspaceAgreement | null {
  const root = realPath(dir);
  if (!root.ok) return null;
  const read = readText(join(dir, 'agreement.yaml'), root.real);
  if (!read.ok) return null;
  const display = displayPath(dir, cwd);
  const file = 'agreement.yaml';
  const checked = check('agreement', {
    file,
    display: joinDisplay(display, file),
    text: read.text,
    parsed: null,
  });
  const value = (checked.ok ? checked.value : checked.raw) as {
    supersedes?: unknown;
    validity?: { from?: unknown };
  } | null;
  const id = idOf(value);
  if (id === null) return null;
  const supersedes = typeof value?.supersedes === 'string' ? value.supersedes : null;
  // Only a checked file's date is trusted: a successor of unknown start supersedes nothing.
  const from = checked.ok ? (value?.validity?.from as string) : null;
  return { id, supersedes, from, display };
}

export function knownOf(agreements: readonly LoadedAgreement[]): WorkspaceAgreement[] {
  return agreements.flatMap((a) =>
    a.id
      ? [
          {
            id: a.id,
            supersedes: a.data?.agreement.supersedes ?? null,
            from: a.data?.agreement.validity.from ?? null,
            display: a.display,
          },
        ]
      : [],
  );
}

/**
 * The agreements read, with each folder that discovery could not read as a stand-in that holds
 * only that finding: validate reports it, status and remind show it as invalid; in folder order.
 */
export function withUnreadable(
  agreements: LoadedAgreement[],
  discovery: Discovery,
  cwd: string,
): LoadedAgreement[] {
  if (discovery.unreadable.length === 0) return agreements;
  const stand = discovery.unreadable.map(({ dir, code }): LoadedAgreement => {
    const display = displayPath(dir, cwd);
    const failed = folderUnreadable(code, display);
    const finding = placedAt(display, failed.rule, failed.message);
    return { dir, display, id: null, data: null, sources: new Map(), findings: [finding] };
  });
  return [...agreements, ...stand].sort((a, b) => compareText(a.dir, b.dir));
}

/** `loaded`: folders already read (by the parallel loader), in the order of discovery's targets. */
export function loadWorkspace(
  discovery: Discovery,
  cwd: string,
  checkers: Checkers,
  loaded: LoadedAgreement[] | null = null,
): Workspace {
  const read = loaded ?? discovery.targets.map((dir) => readAgreement(dir, cwd, checkers.folder(dir)));
  const agreements = withUnreadable(read, discovery, cwd);
  const known = knownOf(agreements);
  for (const dir of discovery.neighbours) {
    const neighbour = peek(dir, cwd, checkers.neighbour(dir));
    if (neighbour) known.push(neighbour);
  }
  return { agreements, known };
}
