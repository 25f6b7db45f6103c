import { join } from 'node:path';
import { configAbove } from '../load/find-root.js';
import { displayPath } from '../load/read-agreement.js';
import type { Message } from '../model/finding.js';

export type ConfigPlace =
  | { ok: true; dir: string; name: string; path: string; file: string }
  | { ok: false; message: Message };

/**
 * The config file nearest at or above `from`, with its name as shown (relative to `cwd`); null when
 * there is none. Both samarbeid.yaml and .samarbeid.yaml in one folder is a usage error.
 */
export function locateConfig(from: string, cwd: string): ConfigPlace | null {
  const found = configAbove(from);
  const [name, other] = found?.names ?? [];
  if (!found || name === undefined) return null;
  const display = (n: string) => {
    const folder = displayPath(found.dir, cwd);
    return folder === '.' ? n : `${folder}/${n}`;
  };
  if (other !== undefined)
    return {
      ok: false,
      message: { id: 'config.both', params: { first: display(name), second: display(other) } },
    };
  return { ok: true, dir: found.dir, name, path: join(found.dir, name), file: display(name) };
}
