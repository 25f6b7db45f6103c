import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes an output folder (`remind --out`) one level at a time. Node's recursive mkdir never
 * returns under /proc (it retries on ENOENT for ever); a plain mkdir fails, and that is one line.
 */
export function makeOutFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) mkdirSync(at);
}
