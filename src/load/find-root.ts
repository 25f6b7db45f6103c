import { dirname, join, resolve } from 'node:path';
import { present } from './list-folder.js';

/** The names of a workspace's own configuration file (docs/config.md); at most one of them. */
export const CONFIG_NAMES = ['samarbeid.yaml', '.samarbeid.yaml'] as const;

export interface Root {
  kind: 'agreement' | 'workspace';
  /** Absolute. */
  dir: string;
}

const configIn = (dir: string) => CONFIG_NAMES.filter((name) => present(join(dir, name)));

/**
 * Like git finding its root: the nearest folder at or above `from` that is an agreement folder
 * (holds agreement.yaml) or a workspace root (holds samarbeid.yaml or .samarbeid.yaml); null when
 * there is none up to the file system's root.
 */
export function findRoot(from: string): Root | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (present(join(dir, 'agreement.yaml'))) return { kind: 'agreement', dir };
    if (configIn(dir).length > 0) return { kind: 'workspace', dir };
    if (dirname(dir) === dir) return null;
  }
}

/** The nearest agreement folder at or above `from`, or null. */
export function agreementAbove(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (present(join(dir, 'agreement.yaml'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** The workspace configuration files of the nearest folder at or above `from` that has any. */
export function configAbove(from: string): { dir: string; names: string[] } | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const names = configIn(dir);
    if (names.length > 0) return { dir, names };
    if (dirname(dir) === dir) return null;
  }
}
