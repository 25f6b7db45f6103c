import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../src/edit/apply.js';
import { ROOT } from '../helpers.js';

const OLD = `old\n${'a'.repeat(200_000)}\n`;
const NEW = `new\n${'b'.repeat(200_000)}\n`;

// A child process writes OLD and NEW in turn with the project's own atomic writer (bundled here
// from src/edit/write-file.ts), as fast as it can, until it is killed.
function writerScript(dir: string): string {
  const bundle = join(dir, 'write-file.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'src', 'edit', 'write-file.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'silent',
  });
  const script = join(dir, 'writer.cjs');
  writeFileSync(
    script,
    `const { writeFileSafely } = require(${JSON.stringify(bundle)});
const fs = require('node:fs');
const [file, a, b] = process.argv.slice(2);
const texts = [fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8')];
for (let i = 0; ; i++) writeFileSafely(file, texts[i % 2]);
`,
  );
  return script;
}

describe('atomic writes', () => {
  it('a process killed (SIGKILL) at random moments leaves each file wholly old or wholly new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-kill-'));
    writeFileSync(join(dir, 'a.txt'), OLD);
    writeFileSync(join(dir, 'b.txt'), NEW);
    const script = writerScript(dir);
    for (let round = 0; round < 12; round++) {
      const file = join(dir, `target-${round}.yaml`);
      writeFileSync(file, OLD);
      const child = spawn(process.execPath, [script, file, join(dir, 'a.txt'), join(dir, 'b.txt')], {
        stdio: 'ignore',
      });
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 250));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const text = readFileSync(file, 'utf8');
      expect(text === OLD || text === NEW, `round ${round}: ${text.length} chars`).toBe(true);
    }
    // Only complete files under their own names: a killed writer may leave a temporary file,
    // which never has a name the loader reads.
    for (const name of readdirSync(dir))
      expect(name).toMatch(/^(a|b)\.txt$|^write(r|-file)\.cjs$|^target-\d+\.yaml(\.\d+)?$/);
  });

  it('refuses when the file changed on disk since it was read, and leaves it as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-race-'));
    writeFileSync(join(dir, 'x.yaml'), 'schemaVersion: 1\n# someone else\n');
    const result = applyChange(dir, {
      file: 'x.yaml',
      before: 'schemaVersion: 1\n',
      after: 'schemaVersion: 1\nmine: true\n',
      summary: { id: 'x' },
    });
    expect(result).toEqual({ ok: false, reason: 'changed-on-disk' });
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('schemaVersion: 1\n# someone else\n');
  });
});
