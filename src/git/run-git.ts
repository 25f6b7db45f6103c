import { spawnSync } from 'node:child_process';

// `samarbeid diff` reads revisions with git itself (SPEC section 15): always a fixed argument
// list, never a shell (no revision or path is ever parsed by one), and only commands that read.

export interface GitRun {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git args…` in `cwd`; `input` is written to its stdin. Never throws for git's own failures. */
export function runGit(cwd: string, args: readonly string[], input?: string): GitRun {
  const run = spawnSync('git', [...args], {
    cwd,
    input,
    shell: false,
    maxBuffer: 1024 * 1024 * 1024,
    // A prompt for credentials or a pager would hang a CI job; diff never needs either.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
  if (run.error) return { ok: false, stdout: Buffer.alloc(0), stderr: run.error.message };
  return { ok: run.status === 0, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** stdout as one trimmed line, or null when git failed. */
export function gitLine(cwd: string, args: readonly string[]): string | null {
  const run = runGit(cwd, args);
  return run.ok ? run.stdout.toString('utf8').trim() : null;
}
