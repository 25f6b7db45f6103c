import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

// Helpers of the install tests: they run the real npm and git, as a user would.

/** Whether a program answers `--version`; the tests that need it skip, and say so, when not. */
export function has(program: string): boolean {
  return spawnSync(program, ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A new empty folder for one install. */
export const scratch = (name: string): string => mkdtempSync(join(tmpdir(), `samarbeid-${name}-`));

/**
 * The environment of a user's shell: without the npm_* variables that `npm test` sets for its
 * scripts (a nested npm would take them as its own configuration), with `extraPath` first on PATH.
 */
export function userEnv(extraPath?: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  if (extraPath) env.PATH = `${extraPath}${delimiter}${env.PATH ?? ''}`;
  return env;
}

/**
 * `npm ARGS`, offline, with a cache of its own: an install that needed anything from the registry
 * fails here, and no earlier install (npx keeps what it ran by spec) can stand in for this one.
 */
export function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  return spawnSync('npm', ['--offline', '--cache', cache, '--no-audit', '--no-fund', ...args], {
    cwd,
    env: userEnv(),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

export function run(program: string, args: string[], cwd: string, path?: string): SpawnSyncReturns<string> {
  return spawnSync(program, args, { cwd, env: userEnv(path), encoding: 'utf8', timeout: 20_000 });
}

/** What a failed command printed, for the assertion message. */
export const said = (r: SpawnSyncReturns<string>): string => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;
