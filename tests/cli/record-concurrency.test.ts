import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agreementWith, BIN, type Run, runBin } from '../helpers.js';

// Outside git, the last change's undo data (SPEC section 14), and no temporary file beside it.
const UNDO = ['.samarbeid/undo/.gitignore', '.samarbeid/undo/last.json'];

// SPEC section 7: "no edit is lost to a concurrent writer or a killed process"; section 8: a lock
// per agreement folder, and a lock left by a killed process is taken over.

const AS_OF = '2026-12-01';
const PAIRS = 50;
const PAIRS_AT_ONCE = 2;

/** The bin, spawned without waiting: the commands of a pair really run at the same time. */
function runAsync(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The date `n` days after 01.01.2027, as YYYY-MM-DD. */
function day(n: number): string {
  return new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10);
}

/** Every file under `dir`, by path inside it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const meetingIds = (folder: string, file: string): string[] =>
  (parse(readFileSync(join(folder, file), 'utf8')) as { meetings: Array<{ id: string }> }).meetings.map(
    (m) => m.id,
  );

describe('record under concurrency (built bin)', () => {
  it('loses no edit: 50 pairs of concurrent `record meeting` on one file', { timeout: 600_000 }, async () => {
    const folder = agreementWith();
    const record = (date: string) =>
      runAsync([
        'record',
        'meeting',
        folder,
        '--body',
        'middle',
        '--date',
        date,
        '--status',
        'planned',
        '--as-of',
        AS_OF,
      ]);
    const runs: Array<{ id: string; run: Run }> = [];
    const started = performance.now();
    // A few pairs at a time keep two shared cores busy without starving the lock's waiters; the
    // first pair races to create meetings/2027.yaml.
    for (let first = 0; first < PAIRS; first += PAIRS_AT_ONCE) {
      const pairs = [];
      for (let pair = first; pair < Math.min(first + PAIRS_AT_ONCE, PAIRS); pair++) {
        const dates = [day(2 * pair), day(2 * pair + 1)];
        pairs.push(
          Promise.all(dates.map(async (date) => ({ id: `${date}-middle`, run: await record(date) }))),
        );
      }
      for (const pair of await Promise.all(pairs)) runs.push(...pair);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(`${runs.length} concurrent records in ${seconds.toFixed(1)} s`);

    expect(runs).toHaveLength(2 * PAIRS);
    const recorded = meetingIds(folder, 'meetings/2027.yaml');
    // Every command that said it added its meeting has it in the file...
    for (const { id, run } of runs.filter((r) => r.run.status === 0)) {
      expect(run.stdout, id).toBe(`La til møtet ${id} i meetings/2027.yaml\n`);
      expect(recorded, `${id} reported as added`).toContain(id);
    }
    // ...and the lock waits, so every one of them did.
    const failed = runs.filter((r) => r.run.status !== 0);
    expect(
      failed.map((f) => `${f.id}: ${f.run.status} ${f.run.stdout}${f.run.stderr}`),
      'commands that did not succeed',
    ).toEqual([]);
    expect([...recorded].sort()).toEqual(runs.map((r) => r.id).sort());

    const validate = runBin(['validate', folder, '--as-of', AS_OF, '--format', 'json']);
    expect(validate.status, validate.stdout).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: 0, warnings: 0 });
    // No lock, no temporary file, nothing else left behind.
    expect(filesOf(folder)).toEqual([...UNDO, 'agreement.yaml', 'meetings/2027.yaml', 'people.yaml']);
  });

  it('a lock left by a killed process does not block a record', { timeout: 60_000 }, () => {
    const folder = agreementWith();
    // A process that has exited: its pid names no process any more.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(gone).toBeGreaterThan(0);
    writeFileSync(join(folder, '.samarbeid.lock'), JSON.stringify({ pid: gone }));
    // What a writer killed while placing its lock leaves beside it is swept too.
    writeFileSync(join(folder, `.samarbeid.lock.${gone}`), JSON.stringify({ pid: gone }));

    const started = performance.now();
    const run = runBin([
      'record',
      'meeting',
      folder,
      '--body',
      'middle',
      '--date',
      '2026-11-20',
      '--as-of',
      AS_OF,
    ]);
    const seconds = (performance.now() - started) / 1000;
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe('La til møtet 2026-11-20-middle i meetings/2026.yaml\n');
    // Taken over at once, not after the 20 s a live lock is waited for.
    expect(seconds).toBeLessThan(10);
    expect(meetingIds(folder, 'meetings/2026.yaml')).toEqual(['2026-11-20-middle']);
    expect(filesOf(folder)).toEqual([...UNDO, 'agreement.yaml', 'meetings/2026.yaml', 'people.yaml']);

    // A lock file that names no process at all (garbage left by a crash) is taken over as well.
    writeFileSync(join(folder, '.samarbeid.lock'), 'not a lock\n');
    const again = runBin([
      'record',
      'meeting',
      folder,
      '--body',
      'top',
      '--date',
      '2026-11-21',
      '--as-of',
      AS_OF,
    ]);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(meetingIds(folder, 'meetings/2026.yaml')).toEqual(['2026-11-20-middle', '2026-11-21-top']);
    expect(filesOf(folder)).toEqual([...UNDO, 'agreement.yaml', 'meetings/2026.yaml', 'people.yaml']);
  });
});
