// Bundles the CLI into one file: Node then reads one module instead of hundreds at start-up.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { COMMANDER_FILE, COMMANDER_SPAWN_FROM, COMMANDER_SPAWN_TO } from './commander-spawn-patch.js';
import { ICAL_FILE, ICAL_FOLD_FROM, ICAL_FOLD_TO } from './ical-fold-patch.js';
import { unspreadPushes, ZOD_FILE } from './zod-spread-patch.js';

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

// Replaces one text in a package's file, exactly once, or fails the build: the package has changed
// and the patch must be looked at again. See scripts/ical-fold-patch.js and commander-spawn-patch.js.
const patch = (name, file, from, to) => ({
  name,
  setup(b) {
    b.onLoad({ filter: file }, (args) => {
      const parts = readFileSync(args.path, 'utf8').split(from);
      if (parts.length !== 2)
        throw new Error(`${name}: the package changed; ${from} found ${parts.length - 1} times`);
      return { contents: parts.join(to), loader: 'js' };
    });
  },
});
const icalFold = patch('ical-fold', ICAL_FILE, ICAL_FOLD_FROM, ICAL_FOLD_TO);
const commanderSpawn = patch('commander-spawn', COMMANDER_FILE, COMMANDER_SPAWN_FROM, COMMANDER_SPAWN_TO);
// zod's spread pushes made loops (scripts/zod-spread-patch.js): every file of zod that has one.
let zodPushes = 0;
const zodSpread = {
  name: 'zod-spread',
  setup(b) {
    b.onLoad({ filter: ZOD_FILE }, (args) => {
      const { code, count, left } = unspreadPushes(readFileSync(args.path, 'utf8'));
      if (left.length > 0) throw new Error(`zod-spread: the package changed; cannot read ${left[0]}`);
      zodPushes += count;
      return { contents: code, loader: 'js' };
    });
  },
};

// Node's built-in modules by require(), not import: importing one from ESM builds a facade of all its
// exports, and node:fs's include getters that load fs streams (start-up, docs/performance.md). Each
// importer gets a module that requires the built-in and exports the names it imports, read from its
// import clause; a clause this cannot read (`* as`) takes esbuild's CommonJS interop instead, which
// copies every property of the module.
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT = /import\s+([^'";]*?)\s*from\s*(['"])([^'"]+)\2/g;
function importedNames(importer, spec) {
  const names = new Set();
  let withDefault = false;
  for (const [, clause, , from] of readFileSync(importer, 'utf8').matchAll(IMPORT)) {
    if (from !== spec || /^type\s/.test(clause)) continue;
    if (clause.includes('*')) return null;
    const braces = clause.match(/\{([^}]*)\}/);
    if (/^[\w$]+/.test(clause)) withDefault = true;
    for (const item of braces ? braces[1].split(',') : []) {
      const name = item.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  if (names.size === 0 && !withDefault)
    throw new Error(`${importer}: cannot read what it imports from ${spec}`);
  return { names: [...names].sort(), withDefault };
}
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (args.kind !== 'import-statement' || !BUILTINS.has(args.path)) return undefined;
      const imported = importedNames(args.importer, args.path);
      const key = imported ? `${imported.withDefault ? 'default,' : ''}${imported.names.join(',')}` : '*';
      return { path: `${args.path}|${key}`, namespace: 'builtin', pluginData: { spec: args.path, imported } };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ pluginData: { spec, imported } }) => ({
      contents: imported
        ? [
            `const m = require(${JSON.stringify(spec)});`,
            ...(imported.withDefault ? ['export default m;'] : []),
            ...imported.names.map((n) => `export const ${n} = m.${n};`),
          ].join('\n')
        : `module.exports = require(${JSON.stringify(spec)});`,
      loader: 'js',
    }));
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
  // Bundled CommonJS packages (date-holidays' dependencies, docx's) expect require and __filename.
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
  plugins: [builtinsByRequire, icalFold, commanderSpawn, zodSpread],
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
const result = await build({
  ...options,
  plugins: [builtinsByRequire, icalFold, commanderSpawn, zodSpread, startUpInOneChunk],
});
// Both passes read zod: a count below two passes' worth means zod no longer has the pushes.
if (zodPushes < 2 * 10) throw new Error(`zod-spread: the package changed; only ${zodPushes} pushes found`);
mkdirSync(dirname(metafile), { recursive: true });
writeFileSync(metafile, JSON.stringify(result.metafile));

// The tables, one per language, beside the chunk that reads them (src/i18n/tables-json.ts finds them
// by import.meta.url). The catalogue is built on its own into a temporary module and imported here.
const TABLES_READER = 'src/i18n/tables-json.ts';
const chunks = join(outdir, 'chunks');
const readers = Object.entries(result.metafile.outputs).filter(
  ([, output]) => TABLES_READER in output.inputs,
);
if (readers.length === 0) throw new Error(`no chunk holds ${TABLES_READER}`);
for (const [file] of readers)
  if (dirname(join(root, file)) !== chunks)
    throw new Error(`the text tables are read from ${file}, which is not in ${chunks}`);
const temp = mkdtempSync(join(tmpdir(), 'samarbeid-messages-'));
try {
  const catalogueFile = join(temp, 'messages.mjs');
  await build({
    ...options,
    entryPoints: ['src/i18n/messages.ts'],
    outdir: undefined,
    outfile: catalogueFile,
    splitting: false,
    minify: false,
    banner: undefined,
    metafile: false,
    plugins: [],
  });
  const { catalogue } = await import(pathToFileURL(catalogueFile).href);
  for (const lang of ['nb', 'nn', 'en']) {
    const table = Object.fromEntries(Object.entries(catalogue).map(([id, texts]) => [id, texts[lang]]));
    writeFileSync(join(chunks, `messages-${lang}.json`), `${JSON.stringify(table)}\n`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

// The parallel loader's worker (src/load/parallel.ts), next to the chunk that starts it. A bundle of
// its own: as a second entry of the build above it would split the CLI's start-up code into more chunks.
await build({
  ...options,
  entryPoints: { 'load-worker': 'src/load/load-worker.ts' },
  outdir: join(outdir, 'chunks'),
  splitting: false,
  metafile: false,
});
