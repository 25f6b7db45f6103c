// npm run bench [-- --sizes 100,1000,5000 --runs 15 --findings 1000,5000]
// Times, side by side in one run: `node -e 0`, `samarbeid status data` (as a user runs it, with the
// file cache warm, and with --no-cache as on the first run after a change), and at each size a
// parse-only baseline (bench/parse-only.js), `samarbeid validate` without and with the cache,
// `samarbeid status`, and ajv-cli checking the same files against the same JSON Schemas (one
// `ajv validate` per file kind, summed), on generated workspaces (bench/generate.js). Prints
// medians, ratios, peak memory and cost per agreement, and writes bench/out/results.json.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { GENERATOR_VERSION, generate } from './generate.js';

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
function once(args, { mayFail = false, memory = true } = {}) {
  const cmd = TIME && memory ? [TIME, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = TIME && memory ? Number(r.stderr.trim().split('\n').at(-1)) : Number.NaN;
  if (r.status !== 0 && !args.includes('-e') && !mayFail)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, mib: kb / 1024, status: r.status, out: r.stdout + r.stderr };
}

function median(args, n) {
  const all = Array.from({ length: n }, () => once(args)).sort((a, b) => a.ms - b.ms);
  return { ms: all[Math.floor(n / 2)].ms, mib: Math.max(...all.map((r) => r.mib)) };
}

// ajv-cli, one run per file kind with the kind's schema and a glob of its files (ajv-cli expands
// globs itself, so 5,000 agreements need no long command line). bench/ajv-core-yaml.cjs makes its
// YAML reader take dates as text, as samarbeid and the schemas do (see the comment there).
const AJV = ['-r', './bench/ajv-core-yaml.cjs', 'node_modules/ajv-cli/dist/index.js', 'validate'];
// --strict=false: the schemas carry the editors' own keywords (x-description-nb, patternErrorMessage).
const AJV_OPTIONS = ['--spec=draft7', '--strict=false', '-c', 'ajv-formats', '--errors=line'];
const KINDS = [
  ['agreement', 'agreement.yaml'],
  ['people', 'people.yaml'],
  ['working-groups', 'working-groups.yaml'],
  ['sub-agreements', 'sub-agreements.yaml'],
  ['evaluations', 'evaluations.yaml'],
  ['meetings', 'meetings/*.yaml'],
  ['action-plan', 'action-plans/*.yaml'],
];
const ajvArgs = (ws, kind, glob, depth = 1) => [
  ...AJV,
  ...AJV_OPTIONS,
  '-s',
  `schemas/${kind}.schema.json`,
  '-d',
  `${ws}/${'*/'.repeat(depth)}${glob}`,
];

/** All seven kinds once: summed time, the largest peak memory; every file must be valid. */
function ajvOnce(ws, { mayFail = false, depth = 1 } = {}) {
  const all = KINDS.map(([kind, glob]) => once(ajvArgs(ws, kind, glob, depth), { mayFail }));
  return {
    ms: all.reduce((sum, r) => sum + r.ms, 0),
    mib: Math.max(...all.map((r) => r.mib)),
    status: Math.max(...all.map((r) => r.status)),
    out: all.map((r) => r.out).join(''),
  };
}

function ajvMedian(ws, n, depth = 1) {
  const all = Array.from({ length: n }, () => ajvOnce(ws, { depth })).sort((a, b) => a.ms - b.ms);
  return { ms: all[Math.floor(n / 2)].ms, mib: Math.max(...all.map((r) => r.mib)) };
}

/** ajv-cli really checks: one agreement with a broken meeting date and an unknown key is refused. */
function ajvCatchesBrokenFile(ws) {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-bench-'));
  cpSync(join(ws, 'avtale-0'), join(dir, 'avtale-0'), { recursive: true });
  const meetings = join(dir, 'avtale-0', 'meetings', '2021.yaml');
  const broken = readFileSync(meetings, 'utf8')
    .replace('date: 2021-', 'date: 2021-02-30\n    x: ')
    .replace('schemaVersion: 1', 'schemaVersion: 1\nextra: 1');
  writeFileSync(meetings, broken);
  const ajv = ajvOnce(dir, { mayFail: true });
  const ours = once([BIN, 'validate', dir, ...AS_OF, '--no-cache'], { mayFail: true });
  rmSync(dir, { recursive: true, force: true });
  return { ajv: ajv.status === 1 && /2021\.yaml invalid/.test(ajv.out), samarbeid: ours.status === 1 };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const results = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    availableParallelism: availableParallelism(),
    loadAverageAtStart: loadavg(),
  },
  startup: {},
  scale: [],
};
console.log(
  `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

once(['-e', '0']); // warm the file system cache
once([BIN, 'status', 'data']); // and the file cache, as any earlier run leaves it
// Interleaved, so that a change in the machine's load falls on all four alike; no /usr/bin/time
// in between, and stdout a pipe, as when a script or CI reads the output.
const rounds = Array.from({ length: runs }, () =>
  [
    ['-e', '0'],
    [BIN, '--version'],
    [BIN, 'status', 'data'],
    [BIN, 'status', 'data', '--no-cache'],
  ].map((args) => once(args, { memory: false }).ms),
);
const middle = (i) => ({ ms: rounds.map((r) => r[i]).sort((a, b) => a - b)[Math.floor(runs / 2)] });
const [node, version, status, cold] = [0, 1, 2, 3].map(middle);
results.startup = {
  nodeMs: node.ms,
  statusDataMs: status.ms,
  ratio: version.ms / node.ms,
  statusRatio: status.ms / node.ms,
  versionMs: version.ms,
  statusNoCacheMs: cold.ms,
  noCacheRatio: cold.ms / node.ms,
};
const ratio = (ms) => `${(ms / node.ms).toFixed(2)}x node -e 0`;
console.log(`\nstart-up (median of ${runs})`);
console.log(`  node -e 0                              ${fmt(node.ms)}`);
// Start-up is what every run pays before it does anything: --version. status data adds reading the
// three example agreements and computing their status (docs/performance.md, "Start-up").
console.log(
  `  samarbeid --version                    ${fmt(version.ms)}   ${ratio(version.ms)}   (bar: 1.5x)`,
);
console.log(
  `  samarbeid status data                  ${fmt(status.ms)}   ${ratio(status.ms)}   (start-up and 3 agreements)`,
);
console.log(
  `  samarbeid status data --no-cache       ${fmt(cold.ms)}   ${ratio(cold.ms)}   (first run after a change)`,
);

// The generated workspaces get a cache of their own, so that they never fill the repository's.
process.env.SAMARBEID_CACHE_DIR = resolve('bench', 'out', 'cache');
console.log(
  '\nscale (median of 3 runs; 1 at 5,000); validate without the cache, ajv-cli (7 runs, summed), then with the cache warm',
);
console.log(
  '  agreements  parse-only   validate --no-cache   ajv-cli              peak MiB (ours / ajv)   per agreement   validate (cache)   status (cache)   calendar --year (cache, x status)   report (cache, x status)',
);
/** A generated workspace, made again when the generator changed. */
function workspace(name, n, options = {}) {
  const ws = join('bench', 'out', name);
  const marker = join(ws, '.generator-version');
  const current = existsSync(marker) && readFileSync(marker, 'utf8') === String(GENERATOR_VERSION);
  if (!current) {
    rmSync(ws, { recursive: true, force: true });
    mkdirSync(ws, { recursive: true });
    generate(n, ws, options);
    writeFileSync(marker, String(GENERATOR_VERSION));
  }
  return ws;
}

for (const n of sizes) {
  const ws = workspace(`ws-${n}`, n);
  const r = n >= 5000 ? 1 : 3;
  const parse = median(['bench/parse-only.js', ws], r);
  const validate = median([BIN, 'validate', ws, ...AS_OF, '--no-cache'], r);
  const ajv = ajvMedian(ws, r);
  once([BIN, 'validate', ws, ...AS_OF]); // fills the cache
  const cached = median([BIN, 'validate', ws, ...AS_OF], r);
  const st = median([BIN, 'status', ws, ...AS_OF, '--format', 'json'], r);
  // SPEC section 7: calendar within 3x of status on the same data (the year of as-of, as JSON).
  const cal = median([BIN, 'calendar', ws, ...AS_OF, '--year', AS_OF[1].slice(0, 4), '--format', 'json'], r);
  // SPEC section 7: report within 3x of status on the same data.
  const rp = median([BIN, 'report', ws, '--year', AS_OF[1].slice(0, 4), '--format', 'json'], r);
  results.scale.push({
    agreements: n,
    parseMs: parse.ms,
    validateMs: validate.ms,
    validateMiB: validate.mib,
    validateRatio: validate.ms / parse.ms,
    ajvMs: ajv.ms,
    ajvMiB: ajv.mib,
    validateToAjv: validate.ms / ajv.ms,
    validateCachedMs: cached.ms,
    validateCachedMiB: cached.mib,
    statusCachedMs: st.ms,
    calendarCachedMs: cal.ms,
    calendarToStatus: cal.ms / st.ms,
    reportCachedMs: rp.ms,
    reportToStatus: rp.ms / st.ms,
  });
  const x = (ms) => `(${(ms / parse.ms).toFixed(2)}x)`;
  console.log(
    `  ${String(n).padStart(10)}  ${fmt(parse.ms).padStart(10)}   ${fmt(validate.ms).padStart(8)} ${x(validate.ms)}   ${fmt(ajv.ms).padStart(8)} ${x(ajv.ms)}   ${validate.mib.toFixed(0).padStart(8)} / ${ajv.mib.toFixed(0).padEnd(10)}   ${`${(validate.ms / n).toFixed(1)} ms`.padStart(13)}   ${fmt(cached.ms).padStart(8)} ${x(cached.ms)}   ${fmt(st.ms).padStart(8)} ${x(st.ms)}   ${fmt(cal.ms).padStart(8)} (${(cal.ms / st.ms).toFixed(2)}x)   ${fmt(rp.ms).padStart(8)} (${(rp.ms / st.ms).toFixed(2)}x)`,
  );
}
// Issue 29: the workspaces secretariats have, beside the well-kept one above. A history brought in
// without minutes (every held meeting a minutes-missing warning), the same with the rule turned off
// in samarbeid.yaml, and agreements in region folders; each against ajv-cli on the same files.
const findingSizes = arg('findings', '1000,5000').split(',').map(Number).filter(Boolean);
results.findings = [];
console.log('\nfindings and layouts (median of 3 runs; 1 at 5,000): validate --no-cache against ajv-cli');
console.log(
  '  workspace                          agreements   warnings   validate --no-cache   ajv-cli     ratio   peak MiB (ours / ajv)',
);
for (const n of findingSizes) {
  const r = n >= 5000 ? 1 : 3;
  const noMinutes = workspace(`ws-${n}-no-minutes`, n, { minutes: false });
  const off = workspace(`ws-${n}-no-minutes-off`, n, { minutes: false });
  writeFileSync(join(off, 'samarbeid.yaml'), 'rules:\n  minutes-missing: off\n');
  const regions = workspace(`ws-${n}-regions`, n, { minutes: false, regions: true });
  for (const [label, ws, depth] of [
    ['history without minutes', noMinutes, 1],
    ['the same, minutes-missing off', off, 1],
    ['regions of agreements, no minutes', regions, 2],
  ]) {
    const counted = once([BIN, 'validate', ws, ...AS_OF, '--no-cache', '--format', 'json'], {
      memory: false,
    });
    const warnings = JSON.parse(counted.out.slice(0, counted.out.lastIndexOf('}') + 1)).findings.length;
    const ours = median([BIN, 'validate', ws, ...AS_OF, '--no-cache'], r);
    const ajv = ajvMedian(ws, r, depth);
    results.findings.push({
      workspace: label,
      agreements: n,
      warnings,
      validateMs: ours.ms,
      validateMiB: ours.mib,
      ajvMs: ajv.ms,
      ajvMiB: ajv.mib,
      validateToAjv: ours.ms / ajv.ms,
    });
    console.log(
      `  ${label.padEnd(34)} ${String(n).padStart(10)}   ${String(warnings).padStart(8)}   ${fmt(ours.ms).padStart(19)}   ${fmt(ajv.ms).padStart(8)}   ${(ours.ms / ajv.ms).toFixed(2).padStart(5)}x   ${ours.mib.toFixed(0).padStart(8)} / ${ajv.mib.toFixed(0)}`,
    );
  }
}

const honest = ajvCatchesBrokenFile(join('bench', 'out', `ws-${sizes[0]}`));
results.brokenFileReported = honest;
console.log(
  `\na broken meeting file (2021-02-30, an unknown key) is reported by ajv-cli: ${honest.ajv ? 'yes' : 'NO'}, by samarbeid: ${honest.samarbeid ? 'yes' : 'NO'}`,
);
results.machine.loadAverageAtEnd = loadavg();
mkdirSync(join('bench', 'out'), { recursive: true });
writeFileSync(join('bench', 'out', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(
  '\nbars: validate --no-cache at 1,000 no slower than ajv-cli, under 1024 MiB at 5,000; cost linear in agreements; start-up (--version) within 1.5x node -e 0; calendar and report within 3x of status.',
);
