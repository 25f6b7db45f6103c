// Bundles the CLI into one file: Node then reads one module instead of hundreds at start-up.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Old chunks (their names carry hashes) would otherwise pile up.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  // Commands load their heavy parts with import(); splitting turns those into chunks read on demand.
  entryPoints: { samarbeid: 'src/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
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
  define: { SAMARBEID_VERSION: JSON.stringify(version) },
  // Less to parse at start-up; names are kept so that stack traces of bugs stay readable.
  minify: process.env.SAMARBEID_NO_MINIFY !== '1',
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
