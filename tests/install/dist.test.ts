import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { has, said, scratch } from './npm.js';

// dist/ is committed so that no install has to build (docs/decisions.md, "Installing"). These
// tests keep that honest: the committed bundle is the build of the committed sources, and the
// package gives npm no reason to build or run anything on install.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const inGit = has('git') && spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT }).status === 0;
if (!inGit) console.warn('tests/install/dist: skipped, not a git checkout (or no git on PATH)');

/** Every file below `dir`, relative, sorted. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('the committed bundle', () => {
  it.skipIf(!inGit)(
    'dist/ in HEAD is what `npm run bundle` makes of the sources in HEAD (else: npm run bundle, commit dist/)',
    () => {
      // The sources of HEAD, not of the working tree: what a clone gets must agree with itself.
      const dir = scratch('head');
      const inputs = ['src', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json'];
      execFileSync('sh', ['-c', `git archive HEAD ${inputs.join(' ')} | tar -x -C "${dir}"`], { cwd: ROOT });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const built = spawnSync('node', ['scripts/build.js'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SAMARBEID_METAFILE: join(dir, 'meta.json') },
      });
      expect(built.status, said(built)).toBe(0);
      const committed = git('ls-tree', '-r', '--name-only', 'HEAD', 'dist')
        .split('\n')
        .filter(Boolean)
        .map((f) => f.slice('dist/'.length))
        .sort();
      expect(filesIn(join(dir, 'dist'))).toEqual(committed);
      for (const file of committed)
        expect(readFileSync(join(dir, 'dist', file), 'utf8') === git('show', `HEAD:dist/${file}`), file).toBe(
          true,
        );
    },
    60_000,
  );

  it('has no script that makes npm build or run anything when it installs samarbeid', () => {
    // npm prepares a git dependency (installs its devDependencies and runs them) when any of these
    // is present; with `build` it packed a package of data/ alone. npm 11 also skips them unasked.
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'])
      expect(pkg.scripts[script], script).toBeUndefined();
  });

  it('needs no package at run time: dependencies is empty and the bundle imports only Node', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    const meta = JSON.parse(readFileSync(join(ROOT, '.bundle', 'meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
    };
    const external = Object.values(meta.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external)
      .map((i) => i.path.replace(/^node:/, ''));
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((p) => !builtinModules.includes(p))).toEqual([]);
  });
});
