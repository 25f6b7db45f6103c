// Writes the golden outputs anew from the built bin (cases.json). Run after `npm run bundle`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { cases } = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));
for (const { name, args } of cases) {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'samarbeid.js'), ...args, '--no-cache'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  writeFileSync(join(here, `${name}.out`), run.stdout);
}
