import { join } from 'node:path';
import type { WorkspaceAgreement } from '../rules/rule.js';
import type { Discovery } from './discover.js';
import { displayPath, type LoadedAgreement, loadAgreement } from './load-agreement.js';
import { parseYaml } from './parse-yaml.js';
import { readText } from './read-text.js';

export interface Workspace {
  agreements: LoadedAgreement[];
  /** Ids and `supersedes` of every agreement of the workspace, neighbours included. */
  known: WorkspaceAgreement[];
}

function peek(dir: string, cwd: string): WorkspaceAgreement | null {
  const read = readText(join(dir, 'agreement.yaml'));
  if (!read.ok) return null;
  const value = parseYaml(read.text).value as { id?: unknown; supersedes?: unknown } | undefined;
  if (typeof value?.id !== 'string') return null;
  const supersedes = typeof value.supersedes === 'string' ? value.supersedes : null;
  return { id: value.id, supersedes, display: displayPath(dir, cwd) };
}

export function loadWorkspace(discovery: Discovery, cwd: string): Workspace {
  const agreements = discovery.targets.map((dir) => loadAgreement(dir, cwd));
  const known: WorkspaceAgreement[] = agreements.flatMap((a) =>
    a.id ? [{ id: a.id, supersedes: a.data?.agreement.supersedes ?? null, display: a.display }] : [],
  );
  for (const dir of discovery.neighbours) {
    const neighbour = peek(dir, cwd);
    if (neighbour) known.push(neighbour);
  }
  return { agreements, known };
}
