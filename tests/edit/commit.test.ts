import { spawn } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../../src/edit/change.js';
import { commitChange } from '../../src/edit/commit.js';
import { LOCK_FILE, lockFolder } from '../../src/edit/lock.js';
import { ROOT } from '../helpers.js';

const OLD = `schemaVersion: 1\nold: "${'a'.repeat(200_000)}"\n`;
const NEW = `schemaVersion: 1\nnew: "${'b'.repeat(200_000)}"\n`;
const edit = (file: string, before: string | null, after: string) => ({ file, before, after, ops: [] });

// A child process writes a change of two files (like `record adopt`) again and again under the
// folder's lock, OLD -> NEW -> OLD, with the project's own writer bundled from src/edit/.
function writerScript(dir: string): string {
  const bundle = join(dir, 'commit.cjs');
  writeFileSync(
    join(dir, 'entry.ts'),
    `export { commitChange } from ${JSON.stringify(join(ROOT, 'src/edit/commit.ts'))};\nexport { lockFolder } from ${JSON.stringify(join(ROOT, 'src/edit/lock.ts'))};\n`,
  );
  buildSync({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'silent',
  });
  const script = join(dir, 'writer.cjs');
  writeFileSync(
    script,
    `const { commitChange, lockFolder } = require(${JSON.stringify(bundle)});
const fs = require('node:fs');
const [folder, a, b] = process.argv.slice(2);
const OLD = fs.readFileSync(a, 'utf8'), NEW = fs.readFileSync(b, 'utf8');
(async () => {
  for (;;) {
    const lock = await lockFolder(folder);
    const now = fs.readFileSync(folder + '/plan.yaml', 'utf8');
    const next = now === OLD ? NEW : OLD;
    commitChange(folder, ['plan.yaml', 'meetings/2026.yaml'].map((file) => ({ file, before: now, after: next, ops: [] })), lock);
    lock.release();
  }
})();
`,
  );
  return script;
}

describe('writing a change', () => {
  it('a writer killed (SIGKILL) at random moments leaves both files of a change old or both new, once the next writer has the lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-kill-'));
    writeFileSync(join(dir, 'a.txt'), OLD);
    writeFileSync(join(dir, 'b.txt'), NEW);
    const script = writerScript(dir);
    for (let round = 0; round < 12; round++) {
      const folder = mkdtempSync(join(dir, 'agreement-'));
      writeFileSync(join(folder, 'plan.yaml'), OLD);
      require('node:fs').mkdirSync(join(folder, 'meetings'));
      writeFileSync(join(folder, 'meetings', '2026.yaml'), OLD);
      const child = spawn(process.execPath, [script, folder, join(dir, 'a.txt'), join(dir, 'b.txt')], {
        stdio: 'ignore',
      });
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 250));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      // The next writer takes over the dead writer's lock and finishes or drops its change.
      (await lockFolder(folder, 2000)).release();
      const plan = readFileSync(join(folder, 'plan.yaml'), 'utf8');
      const meetings = readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8');
      expect(plan === OLD || plan === NEW, `round ${round}: ${plan.length} chars`).toBe(true);
      expect(meetings === plan, `round ${round}: the two files of one change differ`).toBe(true);
      expect(readdirSync(folder).sort()).toEqual(['meetings', 'plan.yaml']);
      expect(readdirSync(join(folder, 'meetings'))).toEqual(['2026.yaml']);
    }
  });

  it('refuses when a file changed on disk since it was read, and leaves every file as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-race-'));
    writeFileSync(join(dir, 'x.yaml'), 'schemaVersion: 1\n# someone else\n');
    writeFileSync(join(dir, 'y.yaml'), 'schemaVersion: 1\n');
    const change = [
      edit('y.yaml', 'schemaVersion: 1\n', 'schemaVersion: 1\nmine: true\n'),
      edit('x.yaml', 'schemaVersion: 1\n', 'x: 1\n'),
    ];
    expect(() => commitChange(dir, change, null)).toThrow(Refusal);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('schemaVersion: 1\n# someone else\n');
    expect(readFileSync(join(dir, 'y.yaml'), 'utf8')).toBe('schemaVersion: 1\n');
    expect(readdirSync(dir).sort()).toEqual(['x.yaml', 'y.yaml']);
  });

  it('keeps a byte-order mark and the file mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-bom-'));
    writeFileSync(join(dir, 'x.yaml'), '\uFEFFa: 1\r\n');
    chmodSync(join(dir, 'x.yaml'), 0o640);
    commitChange(dir, [edit('x.yaml', 'a: 1\r\n', 'a: 2\r\n')], null);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toBe('\uFEFFa: 2\r\n');
    expect(statSync(join(dir, 'x.yaml')).mode & 0o777).toBe(0o640);
  });

  it('keeps the file mode under umask 077 too (the umask applies to a new file, not to an edit)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-umask-'));
    writeFileSync(join(dir, 'x.yaml'), 'a: 1\n');
    chmodSync(join(dir, 'x.yaml'), 0o644);
    const umask = process.umask(0o077);
    try {
      commitChange(dir, [edit('x.yaml', 'a: 1\n', 'a: 2\n'), edit('new.yaml', null, 'a: 1\n')], null);
    } finally {
      process.umask(umask);
    }
    expect(statSync(join(dir, 'x.yaml')).mode & 0o777).toBe(0o644);
    expect(statSync(join(dir, 'new.yaml')).mode & 0o777).toBe(0o600);
  });

  it('refuses read-only files, hard links, links out of the folder and files that are not regular', () => {
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-out-'));
    writeFileSync(join(outside, 'secret.yaml'), 'a: 1\n');
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-refuse-'));
    writeFileSync(join(dir, 'ro.yaml'), 'a: 1\n');
    chmodSync(join(dir, 'ro.yaml'), 0o444);
    writeFileSync(join(dir, 'linked.yaml'), 'a: 1\n');
    linkSync(join(dir, 'linked.yaml'), join(dir, 'other-name'));
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'out.yaml'));
    symlinkSync(outside, join(dir, 'meetings'));
    const cases: Array<[string, string | null, string]> = [
      ['ro.yaml', 'a: 1\n', 'edit.read-only'],
      ['linked.yaml', 'a: 1\n', 'edit.hard-link'],
      ['out.yaml', 'a: 1\n', 'edit.outside'],
      ['meetings/2027.yaml', null, 'edit.outside'],
      ['.', 'a: 1\n', 'edit.not-regular'],
    ];
    for (const [file, before, id] of cases) {
      let caught: unknown;
      try {
        commitChange(dir, [edit(file, before, 'a: 2\n')], null);
      } catch (error) {
        caught = error;
      }
      expect((caught as Refusal | undefined)?.detail.id, file).toBe(id);
    }
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readdirSync(outside)).toEqual(['secret.yaml']);
    expect(readFileSync(join(dir, 'ro.yaml'), 'utf8')).toBe('a: 1\n');
  });

  it('a lock whose process is gone is taken over; a live one is waited for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-lock-'));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const lock = await lockFolder(dir, 1000);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    const started = Date.now();
    await expect(lockFolder(dir, 300)).rejects.toThrow(Refusal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a takeover guard left by a process killed while taking over is itself taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samarbeid-guard-'));
    const dead = JSON.stringify({ pid: 2 ** 22 + 54321 });
    writeFileSync(join(dir, LOCK_FILE), dead);
    writeFileSync(join(dir, `${LOCK_FILE}.takeover`), dead);
    const lock = await lockFolder(dir, 1000);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
