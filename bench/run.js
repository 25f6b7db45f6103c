// npm run bench [-- --sizes 100,1000,5000 --runs 15]
// Times, side by side in one run: `node -e 0`, `samarbeid status data` (as a user runs it, with the
// file cache warm, and with --no-cache as on the first run after a change), and at each size a
// parse-only baseline (bench/parse-only.js), `samarbeid validate` without and with the cache, and
// `samarbeid status`, on generated workspaces (bench/generate.js). Prints medians, ratios, peak
// memory and cost per agreement, and writes bench/out/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './generate.js';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const sizes = arg('sizes', '100,1000,5000').split(',').map(Number);
const runs = Number(arg('runs', '15'));
const AS_OF = ['--as-of', '2026-11-22'];
const BIN = 'bin/samarbeid.js';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

if (!existsSync('dist/samarbeid.js')) spawnSync('npm', ['run', 'bundle'], { stdio: 'inherit' });

/** One run: wall milliseconds and, where /usr/bin/time exists, peak resident memory in MiB. */
function once(args) {
  const cmd = TIME ? [TIME, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = TIME ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  if (r.status !== 0 && !args.includes('-e'))
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, mib: kb / 1024 };
}

function median(args, n) {
  const all = Array.from({ length: n }, () => once(args)).sort((a, b) => a.ms - b.ms);
  return { ms: all[Math.floor(n / 2)].ms, mib: Math.max(...all.map((r) => r.mib)) };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  startup: {},
  scale: [],
};
console.log(
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, node ${process.version}`,
);

once(['-e', '0']); // warm the file system cache
once([BIN, 'status', 'data']); // and the file cache, as any earlier run leaves it
const node = median(['-e', '0'], runs);
const status = median([BIN, 'status', 'data'], runs);
const version = median([BIN, '--version'], runs);
const cold = median([BIN, 'status', 'data', '--no-cache'], runs);
results.startup = {
  nodeMs: node.ms,
  statusDataMs: status.ms,
  ratio: status.ms / node.ms,
  versionMs: version.ms,
  statusNoCacheMs: cold.ms,
  noCacheRatio: cold.ms / node.ms,
};
const ratio = (ms) => `${(ms / node.ms).toFixed(2)}x node -e 0`;
console.log(`\nstart-up (median of ${runs})`);
console.log(`  node -e 0                              ${fmt(node.ms)}`);
console.log(`  samarbeid status data                  ${fmt(status.ms)}   ${ratio(status.ms)}   (bar: 2x)`);
console.log(`  samarbeid --version                    ${fmt(version.ms)}   ${ratio(version.ms)}`);
console.log(
  `  samarbeid status data --no-cache       ${fmt(cold.ms)}   ${ratio(cold.ms)}   (first run after a change)`,
);

// The generated workspaces get a cache of their own, so that they never fill the repository's.
process.env.SAMARBEID_CACHE_DIR = resolve('bench', 'out', 'cache');
console.log('\nscale (median of 3 runs; 1 at 5,000); validate without the cache, then with it warm');
console.log(
  '  agreements  parse-only   validate --no-cache   peak MiB   per agreement   validate (cache)   status (cache)',
);
for (const n of sizes) {
  const ws = join('bench', 'out', `ws-${n}`);
  if (!existsSync(join(ws, `avtale-${n - 1}`, 'agreement.yaml'))) {
    mkdirSync(ws, { recursive: true });
    generate(n, ws);
  }
  const r = n >= 5000 ? 1 : 3;
  const parse = median(['bench/parse-only.js', ws], r);
  const validate = median([BIN, 'validate', ws, ...AS_OF, '--no-cache'], r);
  once([BIN, 'validate', ws, ...AS_OF]); // fills the cache
  const cached = median([BIN, 'validate', ws, ...AS_OF], r);
  const st = median([BIN, 'status', ws, ...AS_OF, '--format', 'json'], r);
  results.scale.push({
    agreements: n,
    parseMs: parse.ms,
    validateMs: validate.ms,
    validateMiB: validate.mib,
    validateRatio: validate.ms / parse.ms,
    validateCachedMs: cached.ms,
    validateCachedMiB: cached.mib,
    statusCachedMs: st.ms,
  });
  const x = (ms) => `(${(ms / parse.ms).toFixed(2)}x)`;
  console.log(
    `  ${String(n).padStart(10)}  ${fmt(parse.ms).padStart(10)}   ${fmt(validate.ms).padStart(8)} ${x(validate.ms)}   ${validate.mib.toFixed(0).padStart(8)}   ${`${(validate.ms / n).toFixed(1)} ms`.padStart(13)}   ${fmt(cached.ms).padStart(8)} ${x(cached.ms)}   ${fmt(st.ms).padStart(8)} ${x(st.ms)}`,
  );
}
mkdirSync(join('bench', 'out'), { recursive: true });
writeFileSync(join('bench', 'out', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nbars: validate at 1,000 within 2x parse-only and under 1024 MiB; cost linear in agreements.');
