import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixture, FIXTURES, ROOT, runBin } from '../helpers.js';

// The parallel loader (src/load/parallel.ts) must give what the serial loader gives, to the byte:
// the same findings in the same order, the same status, the same cache records. SAMARBEID_WORKERS
// chooses the path: 0 is serial, 2 and 3 put these few folders on worker threads.
const AS_OF = ['--as-of', '2026-11-22'];

/** A workspace of every kind of folder: the example data, every bad fixture, a valid minimal one. */
function mixedWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-parallel-'));
  const ws = join(dir, 'ws');
  cpSync(join(ROOT, 'data'), ws, { recursive: true });
  cpSync(join(FIXTURES, 'minimal'), join(ws, 'minimal'), { recursive: true });
  for (const name of readdirSync(join(FIXTURES, 'bad')))
    cpSync(badFixture(name), join(ws, `bad-${name}`), { recursive: true });
  // A file the fast path declines (an anchor) and one whose YAML is broken outright.
  const anchored = join(ws, 'anchored');
  cpSync(join(FIXTURES, 'minimal'), anchored, { recursive: true });
  const people = readFileSync(join(anchored, 'people.yaml'), 'utf8');
  writeFileSync(join(anchored, 'people.yaml'), people.replace('schemaVersion: 1', 'schemaVersion: &v 1'));
  mkdirSync(join(ws, 'broken'));
  writeFileSync(join(ws, 'broken', 'agreement.yaml'), 'id: [unclosed\n  title: "x\n');
  return ws;
}

const run = (workers: string, args: string[], env: Record<string, string> = {}) =>
  runBin(args, { env: { SAMARBEID_WORKERS: workers, ...env }, timeout: 60_000 });

function cacheFiles(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('loading on worker threads', () => {
  const ws = mixedWorkspace();
  const folders = readdirSync(ws).length;

  it('gives findings byte for byte as the serial path, as text and as JSON', () => {
    for (const [format, workersList] of [
      ['text', ['2', '3']],
      ['json', ['2']],
    ] as const) {
      const args = ['validate', ws, ...AS_OF, '--no-cache', '--format', format];
      const serial = run('0', args);
      expect(serial.status).toBe(1);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      for (const workers of workersList) {
        const parallel = run(workers, args);
        expect(parallel).toEqual(serial);
      }
    }
    expect(folders).toBeGreaterThan(30);
  }, 180_000);

  it('gives the same status, and writes the same cache records', () => {
    const [cacheSerial, cacheParallel] = [
      mkdtempSync(join(tmpdir(), 'c-')),
      mkdtempSync(join(tmpdir(), 'c-')),
    ];
    const args = ['status', ws, ...AS_OF, '--format', 'json'];
    const serial = run('0', args, { SAMARBEID_CACHE_DIR: cacheSerial });
    const parallel = run('2', args, { SAMARBEID_CACHE_DIR: cacheParallel });
    expect(parallel).toEqual(serial);
    const records = cacheFiles(cacheSerial);
    expect(Object.keys(records).length).toBeGreaterThan(3);
    expect(cacheFiles(cacheParallel)).toEqual(records);
    // Warm: the records a parallel run wrote answer a later run, with the same result.
    const warm = run('2', ['validate', ws, ...AS_OF], { SAMARBEID_CACHE_DIR: cacheParallel });
    expect(warm).toEqual(run('0', ['validate', ws, ...AS_OF, '--no-cache']));
  }, 180_000);
});

describe('the worker in the bundle', () => {
  const meta = JSON.parse(readFileSync(join(ROOT, '.bundle', 'meta.json'), 'utf8')) as {
    outputs: Record<
      string,
      { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }
    >;
  };

  it('sits next to the chunk that starts it, and start-up loads neither them nor js-yaml', () => {
    const starter = Object.keys(meta.outputs).find((o) => 'src/load/parallel.ts' in meta.outputs[o]!.inputs);
    expect(starter).toMatch(/^dist\/chunks\//);
    // parallel.ts finds it with new URL('./load-worker.js', import.meta.url), wherever it is installed.
    expect(existsSync(join(ROOT, 'dist', 'chunks', 'load-worker.js'))).toBe(true);
    const seen = new Set<string>();
    const queue = ['dist/samarbeid.js'];
    for (let chunk = queue.pop(); chunk !== undefined; chunk = queue.pop()) {
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      for (const i of meta.outputs[chunk]?.imports ?? [])
        if (i.kind === 'import-statement') queue.push(i.path);
    }
    const inputs = [...seen].flatMap((chunk) => Object.keys(meta.outputs[chunk]?.inputs ?? {}));
    expect(inputs).toContain('src/load/workers-for.ts');
    expect(inputs.filter((i) => /parallel|load-worker|js-yaml|fast-yaml/.test(i))).toEqual([]);
  });
});
