// Bundles the CLI into one file: Node then reads one module instead of hundreds at start-up.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ICAL_FILE, ICAL_FOLD_FROM, ICAL_FOLD_TO } from './ical-fold-patch.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The file cache (src/load/file-cache.ts) trusts only records written by this very code.
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const lock = existsSync(join(root, 'package-lock.json')) ? ['package-lock.json'] : [];
  for (const file of [...files.map((f) => join('src', f)), ...lock]) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('base64url').slice(0, 22);
}

// dist/ is committed (docs/decisions.md, "Installing"), so the bundle must be the same bytes on every
// machine: paths are taken relative to the project and through a linked node_modules as it is
// linked, and no source maps (5 MB that would change with every edit). SAMARBEID_OUTDIR builds
// elsewhere (tests/install/dist.test.ts compares); SAMARBEID_SOURCEMAP=1 adds maps for debugging.
const outdir = process.env.SAMARBEID_OUTDIR ?? join(root, 'dist');
const metafile = process.env.SAMARBEID_METAFILE ?? join(root, '.bundle', 'meta.json');

// Old chunks (their names carry hashes) would otherwise pile up.
rmSync(outdir, { recursive: true, force: true });

// See scripts/ical-fold-patch.js.
const icalFold = {
  name: 'ical-fold',
  setup(b) {
    b.onLoad({ filter: ICAL_FILE }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const parts = text.split(ICAL_FOLD_FROM);
      if (parts.length !== 2)
        throw new Error(`ical-generator changed: ${ICAL_FOLD_FROM} found ${parts.length - 1} times`);
      return { contents: parts.join(ICAL_FOLD_TO), loader: 'js' };
    });
  },
};

const options = {
  // Commands load their heavy parts with import(); splitting turns those into chunks read on demand.
  entryPoints: { samarbeid: 'src/main.ts' },
  absWorkingDir: root,
  preserveSymlinks: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS packages (write-file-atomic) expect require and __filename.
  banner: {
    js: [
      "import { createRequire as __cr } from 'node:module';",
      "import { fileURLToPath as __fu } from 'node:url';",
      'const require = __cr(import.meta.url);',
      'const __filename = __fu(import.meta.url);',
    ].join(' '),
  },
  define: { SAMARBEID_VERSION: JSON.stringify(version), SAMARBEID_BUILD: JSON.stringify(buildId()) },
  // Less to parse at start-up; names are kept so that stack traces of bugs stay readable.
  minify: process.env.SAMARBEID_NO_MINIFY !== '1',
  keepNames: true,
  sourcemap: process.env.SAMARBEID_SOURCEMAP === '1' ? 'linked' : false,
  logLevel: 'warning',
  // Which modules each chunk holds: tests/build.test.ts checks what start-up loads. Kept out of
  // dist/ (and out of git): it changes with every edit and is of no use to an installed copy.
  metafile: true,
  plugins: [icalFold],
};
// Start-up in one chunk. esbuild puts each module into a chunk by the set of entry points that
// reach it, and every import() is an entry point; so the modules that start-up loads were spread
// over some twenty chunks by which commands' lazy parts share them, and Node's ESM loader pays about
// a millisecond per file. A first pass finds the lazy entry points; the second makes each of them
// import src/main.ts too (nothing runs: main.ts only defines main()), so that every start-up module
// is reached from every entry point and they all land in one chunk. Lazy code stays lazy.
const mainPath = join(root, 'src', 'main.ts');
const first = await build({ ...options, write: false });
const lazy = new Set(
  Object.values(first.metafile.outputs)
    .map((o) => o.entryPoint)
    .filter((e) => e !== undefined && e !== 'src/main.ts')
    .map((e) => join(root, e)),
);
const startUpInOneChunk = {
  name: 'start-up-in-one-chunk',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!lazy.has(args.path)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      return { contents: `${text}\nimport ${JSON.stringify(mainPath)};\n`, loader: 'ts' };
    });
  },
};
const result = await build({ ...options, plugins: [icalFold, startUpInOneChunk] });
mkdirSync(dirname(metafile), { recursive: true });
writeFileSync(metafile, JSON.stringify(result.metafile));

// The parallel loader's worker (src/load/parallel.ts), next to the chunk that starts it. A bundle of
// its own: as a second entry of the build above it would split the CLI's start-up code into more chunks.
await build({
  ...options,
  entryPoints: { 'load-worker': 'src/load/load-worker.ts' },
  outdir: join(outdir, 'chunks'),
  splitting: false,
  metafile: false,
});
