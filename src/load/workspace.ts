import { join } from 'node:path';
import type { WorkspaceAgreement } from '../rules/rule.js';
import type { Checker } from './checker.js';
import type { Discovery } from './discover.js';
import type { Checkers } from './file-cache.js';
import { displayPath, idOf, type LoadedAgreement, readAgreement } from './read-agreement.js';
import { readText } from './read-text.js';
import { joinDisplay } from './source.js';

export interface Workspace {
  agreements: LoadedAgreement[];
  /** Ids and `supersedes` of every agreement of the workspace, neighbours included. */
  known: WorkspaceAgreement[];
}

/** A neighbour's id and `supersedes`, from its agreement.yaml alone. */
export function peek(dir: string, cwd: string, check: Checker): WorkspaceAgreement | null {
  const read = readText(join(dir, 'agreement.yaml'));
  if (!read.ok) return null;
  const display = displayPath(dir, cwd);
  const file = 'agreement.yaml';
  const checked = check('agreement', {
    file,
    display: joinDisplay(display, file),
    text: read.text,
    parsed: null,
  });
  const value = (checked.ok ? checked.value : checked.raw) as { supersedes?: unknown } | null;
  const id = idOf(value);
  if (id === null) return null;
  const supersedes = typeof value?.supersedes === 'string' ? value.supersedes : null;
  return { id, supersedes, display };
}

export function knownOf(agreements: readonly LoadedAgreement[]): WorkspaceAgreement[] {
  return agreements.flatMap((a) =>
    a.id ? [{ id: a.id, supersedes: a.data?.agreement.supersedes ?? null, display: a.display }] : [],
  );
}

export function loadWorkspace(discovery: Discovery, cwd: string, checkers: Checkers): Workspace {
  const agreements = discovery.targets.map((dir) => readAgreement(dir, cwd, checkers.folder(dir)));
  const known = knownOf(agreements);
  for (const dir of discovery.neighbours) {
    const neighbour = peek(dir, cwd, checkers.neighbour(dir));
    if (neighbour) known.push(neighbour);
  }
  return { agreements, known };
}
