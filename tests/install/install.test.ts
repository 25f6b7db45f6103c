import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { has, npm, run, said, scratch } from './npm.js';

// INSTALL TESTS: they spawn the real npm (and git) and install samarbeid as a user would, each
// into a folder of its own (--prefix) with an npm cache of its own and --offline, so nothing comes
// from the registry: samarbeid has no dependencies (the bundle in dist/ holds them). About 15 s.
// What they prove is listed in README "Install"; the reasons are in docs/decisions.md "Installing".

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const missing = ['npm', 'git'].filter((p) => !has(p));
if (missing.length > 0)
  console.warn(`tests/install: skipped, ${missing.join(' and ')} not on PATH; these tests install with them`);

/** The example data, copied so that no install can reach the repository's own. */
function exampleData(): string {
  const dir = scratch('data');
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** `samarbeid` from PATH (the folder npm put it in first) prints its version and the status of data/. */
function worksFromPath(bin: string): void {
  const version_ = run('samarbeid', ['--version'], scratch('cwd'), bin);
  expect(version_.stdout.trim(), said(version_)).toBe(version);
  const status = run(
    'samarbeid',
    ['status', 'data', '--as-of', '2026-11-22', '--lang', 'en'],
    exampleData(),
    bin,
  );
  expect(status.status, said(status)).toBe(0);
  expect(status.stdout).toContain('Nav Vest-Viken');
  expect(status.stdout).toContain('As of 22 Nov 2026: 3 overdue');
}

/** An npm run that needed no install script: npm 11 lists the scripts it skipped. */
function noInstallScripts(stderr: string): void {
  expect(stderr).not.toContain('install-scripts');
  expect(stderr).not.toContain('prepare');
}

describe.skipIf(missing.length > 0)('install with npm (spawns npm and git; offline)', () => {
  let tarball = '';
  let clone = '';

  beforeAll(() => {
    // npm pack packs the working tree as it is: dist/ is committed, so no build runs here.
    const dir = scratch('pack');
    const packed = npm(['pack', ROOT, '--pack-destination', dir, '--silent'], dir, scratch('cache'));
    expect(packed.status, said(packed)).toBe(0);
    tarball = join(dir, packed.stdout.trim().split('\n').pop()!);
    // A fresh clone of the commit checked out here stands in for the hosting service.
    clone = join(scratch('clone'), 'samarbeid');
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    execFileSync('git', ['checkout', '--quiet', '-B', 'install-test', head], { cwd: clone });
  }, 60_000);

  it('the packed tarball holds the bundle and no development files', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/samarbeid.js');
    expect(files).toContain('package/bin/samarbeid.js');
    expect(files).toContain('package/docs/ci/github-workflow.yml');
    expect(files.filter((f) => /^package\/(src|tests|scripts|node_modules|\.bundle)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('npm install --global of the tarball gives a working samarbeid on PATH', () => {
    const prefix = scratch('global-tgz');
    const r = npm(['install', '--global', '--prefix', prefix, tarball], prefix, scratch('cache'));
    expect(r.status, said(r)).toBe(0);
    noInstallScripts(r.stderr);
    // Nothing but samarbeid itself was installed.
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'samarbeid', 'node_modules'))).toBe(false);
    worksFromPath(join(prefix, 'bin'));
  }, 60_000);

  it('npm install --global of a git+file:// URL of a fresh clone works (no build on install)', () => {
    const prefix = scratch('global-git');
    const r = npm(
      ['install', '--global', '--prefix', prefix, `git+file://${clone}`],
      prefix,
      scratch('cache'),
    );
    expect(r.status, said(r)).toBe(0);
    noInstallScripts(r.stderr);
    worksFromPath(join(prefix, 'bin'));
  }, 60_000);

  it('npm install --global . in the clone (the README quick start) links a working samarbeid', () => {
    const prefix = scratch('global-link');
    const r = npm(['install', '--global', '--prefix', prefix, '.'], clone, scratch('cache'));
    expect(r.status, said(r)).toBe(0);
    worksFromPath(join(prefix, 'bin'));
  }, 60_000);

  it('npx of the tarball runs samarbeid', () => {
    const cwd = exampleData();
    const r = npm(
      ['exec', '--yes', '--package', tarball, '--', 'samarbeid', '--version'],
      cwd,
      scratch('cache'),
    );
    expect(r.stdout.trim(), said(r)).toBe(version);
    const status = npm(
      ['exec', '--yes', '--package', tarball, '--', 'samarbeid', 'status', 'data', '--as-of', '2026-11-22'],
      cwd,
      scratch('cache'),
    );
    expect(status.status, said(status)).toBe(0);
    expect(status.stdout).toContain('Per 22.11.2026: 3 forfalt');
  }, 60_000);

  it('npx of the git URL runs samarbeid', () => {
    // As `npx git+https://host/owner/samarbeid.git --version` is typed.
    const r = npm(
      ['exec', '--yes', '--', `git+file://${clone}`, '--version'],
      scratch('cwd'),
      scratch('cache'),
    );
    expect(r.stdout.trim(), said(r)).toBe(version);
  }, 60_000);
});
