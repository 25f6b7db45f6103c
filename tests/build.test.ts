import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, tableOf } from '../src/i18n/catalogue.js';
import { catalogue } from '../src/i18n/messages.js';
import { ROOT } from './helpers.js';

interface Meta {
  outputs: Record<
    string,
    { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }
  >;
}

// npm test builds first; .bundle/meta.json is esbuild's account of what each chunk holds.
const meta = JSON.parse(readFileSync(join(ROOT, '.bundle', 'meta.json'), 'utf8')) as Meta;

/** Every chunk that loading the entry reads before any import() runs. */
function startUpChunks(): string[] {
  const seen = new Set<string>();
  const queue = ['dist/samarbeid.js'];
  for (let chunk = queue.pop(); chunk !== undefined; chunk = queue.pop()) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const i of meta.outputs[chunk]?.imports ?? []) if (i.kind === 'import-statement') queue.push(i.path);
  }
  return [...seen].filter((chunk) => chunk in meta.outputs);
}

/** Every input module that loading the entry pulls in before any import() runs. */
const startUpInputs = (): string[] =>
  startUpChunks().flatMap((chunk) => Object.keys(meta.outputs[chunk]?.inputs ?? {}));

describe('the bundle', () => {
  it('loads at start-up neither the YAML parser, zod, holidays, ICS, CSV nor the editing code', () => {
    const inputs = startUpInputs();
    expect(inputs).toContain('src/cli/status.ts');
    expect(inputs).toContain('src/engine/status.ts');
    for (const heavy of [
      'node_modules/yaml/',
      'node_modules/zod/',
      'node_modules/date-holidays',
      'node_modules/ical-generator/',
      'node_modules/diff/',
      'node_modules/csv-stringify/',
      'src/output/csv-text.ts',
      'src/model/schemas.ts',
      'src/edit/',
      'node_modules/docx/',
      'src/report/',
      'src/output/report-view.ts',
      // Texts are read as data (src/i18n/tables-json.ts); rule code runs only in validate.
      'src/i18n/messages.ts',
      'src/i18n/rules/',
      'src/i18n/status-messages.ts',
      'src/i18n/help-commands-messages.ts',
      'src/rules/',
    ])
      expect(inputs.filter((i) => i.startsWith(heavy))).toEqual([]);
  });

  it('reads few files at start-up, since the ESM loader pays for each (scripts/build.js)', () => {
    // The entry, the one chunk of start-up code, and at most one small chunk it shares with the
    // parallel loader's worker.
    expect(startUpChunks().length).toBeLessThanOrEqual(3);
  });

  it('holds, for each language, a table of exactly the texts of the catalogue', () => {
    for (const lang of LANGS) {
      const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'chunks', `messages-${lang}.json`), 'utf8'));
      expect(built).toStrictEqual({ ...tableOf(catalogue, lang) });
    }
  });

  // Built-in modules that start-up loaded for nothing: commander's child_process, and the fs streams
  // that importing node:fs from ESM pulls in (scripts/build.js, docs/performance.md).
  it.each([['--version'], ['status', 'data', '--as-of', '2026-11-22']])(
    'samarbeid %s loads neither child_process nor the fs streams',
    (...args) => {
      const loaded = spawnSync(
        process.execPath,
        [
          '--import',
          'data:text/javascript,process.on("exit",()=>process._rawDebug(process.moduleLoadList.join("\\n")))',
          'bin/samarbeid.js',
          ...args,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(loaded.status).toBe(0);
      const modules = loaded.stderr.split('\n');
      expect(modules).toContain('NativeModule fs');
      for (const heavy of [
        'NativeModule child_process',
        'NativeModule internal/fs/streams',
        'NativeModule dgram',
      ])
        expect(modules).not.toContain(heavy);
    },
  );
});
