import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaNameOf, withSchemaLine } from './schema-line.js';

/** The package's own data/buskerud-2024, found upwards from this module (bundled or not). */
function exampleFolder(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data', 'buskerud-2024');
    if (existsSync(join(candidate, 'agreement.yaml'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The example's files by path inside the folder, with their schema lines pointing at `schemas`
 * (the schema folder relative to the new agreement folder, with a trailing slash).
 */
export function exampleFiles(schemas: string): Map<string, string> | null {
  const root = exampleFolder();
  if (!root) return null;
  return new Map(
    walk(root).map((path) => {
      const file = relative(root, path).split(sep).join('/');
      const up = '../'.repeat(file.split('/').length - 1);
      const name = schemaNameOf(file);
      // The predecessor agreement is not copied along, so the link to it is dropped.
      const copied = readFileSync(path, 'utf8').replace(/^supersedes: .*\n/m, '');
      const text = name === null ? copied : withSchemaLine(copied, `${up}${schemas}${name}`);
      return [file, text];
    }),
  );
}
