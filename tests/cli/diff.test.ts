import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// `samarbeid diff` over real git repositories (SPEC section 15): two commits of a copy of data/,
// read with git itself; a shallow clone; a folder outside git.

const AS_OF = ['--as-of', '2026-12-01'];
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: '2026-12-01T10:00:00Z',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_COMMITTER_DATE: '2026-12-01T10:00:00Z',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Every file's bytes under `dir` but .git, by path: what diff must leave as it was. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (name === '.git') continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'base64'));
    }
  };
  walk(dir);
  return out;
}

let work: string;
let repo: string;
const B = () => join(repo, 'avtaler', 'buskerud-2024');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'samarbeid-diff-'));
  repo = join(work, 'repo');
  mkdirSync(join(repo, 'avtaler'), { recursive: true });
  cpSync(join(ROOT, 'data', 'buskerud-2024'), B(), { recursive: true });
  cpSync(join(ROOT, 'data', 'viken-2020'), join(repo, 'avtaler', 'viken-2020'), { recursive: true });
  // A minutes path that names no file: a finding the next commit resolves by adding the file.
  edit(
    join(B(), 'meetings', '2026.yaml'),
    'minutes: https://example.org/referater/2026-06-04-middle.pdf',
    'minutes: referat/2026-06-04-middle.pdf',
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');
  git(repo, 'checkout', '-q', '-b', 'change');
  // The change: the minutes file added (finding resolved), a meeting moved, an action's deadline
  // later, a meeting recorded as held with a minutes path that names no file (finding added).
  mkdirSync(join(B(), 'referat'));
  writeFileSync(join(B(), 'referat', '2026-06-04-middle.pdf'), 'pdf');
  edit(join(B(), 'meetings', '2026.yaml'), 'date: 2026-12-10', 'date: 2026-12-17');
  edit(join(B(), 'meetings', '2026.yaml'), 'due: 2026-09-30', 'due: 2026-12-20');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'second');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('samarbeid diff (built bin, a real repository)', () => {
  it('names the meeting moved, the deadline changed, the finding resolved (JSON)', () => {
    const run = runBin(['diff', 'main', 'change', ...AS_OF, '--format', 'json'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'base', 'head', 'agreements', 'findings']);
    expect(out.asOf).toBe('2026-12-01');
    expect(out.base).toMatchObject({ name: 'main', workingTree: false });
    expect(out.agreements.map((a: { path: string }) => a.path)).toEqual(['avtaler/buskerud-2024']);
    const [a] = out.agreements;
    expect(a.meetings).toEqual([
      { id: '2026-12-10-middle', body: 'middle', date: '2026-12-17', change: 'moved', from: '2026-12-10' },
    ]);
    const action = a.obligations.find(
      (o: { subject: string }) => o.subject === 'action:2026-06-04-middle/rapportmal',
    );
    expect(action).toMatchObject({
      change: 'changed',
      before: { deadline: '2026-09-30', state: 'overdue' },
      after: { deadline: '2026-12-20' },
    });
    expect(action.changed).toContain('deadline');
    expect(out.findings.added).toEqual([]);
    expect(out.findings.resolved.map((f: { rule: string }) => f.rule)).toEqual(['minutes-not-found']);
  });

  it('the working tree by default, against the merge base; a finding added; Markdown', () => {
    edit(
      join(B(), 'meetings', '2026.yaml'),
      'minutes: https://example.org/referater/2026-02-09-middle.pdf',
      'minutes: referat/mangler.pdf',
    );
    try {
      const run = runBin(['diff', ...AS_OF, '--format', 'markdown', '--lang', 'en'], { cwd: repo });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /^## What the change means: main \([0-9a-f]{7}\) → the working tree, as of 1 Dec 2026/,
      );
      expect(run.stdout).toContain('Meeting 2026-12-10-middle moved from 10 Dec 2026 to 17 Dec 2026');
      expect(run.stdout).toContain('### Findings added');
      expect(run.stdout).toContain('referat/mangler');
      expect(run.stdout).toContain('### Findings resolved');
      expect(run.stdout).toContain('deadline 30 Sep 2026 → 20 Dec 2026');
    } finally {
      git(repo, 'checkout', '-q', '--', '.');
    }
  });

  it('a path limits it to one agreement; -- separates; text', () => {
    const people = join(repo, 'avtaler', 'viken-2020', 'people.yaml');
    edit(people, 'contacts:', '  - { id: ny-radgiver, party: viken-fk, role: Rådgiver }\ncontacts:');
    try {
      const all = runBin(['diff', 'change', ...AS_OF], { cwd: repo });
      expect(all.status).toBe(0);
      expect(all.stdout).toContain('avtaler/viken-2020');
      expect(all.stdout).toContain('+ Personen ny-radgiver er lagt til');
      const one = runBin(['diff', 'change', 'avtaler/buskerud-2024', ...AS_OF], { cwd: repo });
      expect(one.stdout).not.toContain('viken');
      expect(one.stdout).toContain('Ingen endring');
      const dashed = runBin(['diff', ...AS_OF, 'change', '--', 'avtaler/viken-2020'], { cwd: repo });
      expect(dashed.stdout).toContain('avtaler/viken-2020');
    } finally {
      git(repo, 'checkout', '-q', '--', '.');
    }
  });

  it('an agreement added and one removed in the working tree', () => {
    const added = join(repo, 'avtaler', 'bergen');
    const viken = join(repo, 'avtaler', 'viken-2020');
    cpSync(join(ROOT, 'data', 'helsefellesskap-bergen'), added, { recursive: true });
    rmSync(viken, { recursive: true });
    try {
      const run = runBin(['diff', 'change', ...AS_OF, '--format', 'json'], { cwd: repo });
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.head.workingTree).toBe(true);
      expect(out.agreements.map((a: { path: string; change: string }) => [a.path, a.change])).toEqual([
        ['avtaler/bergen', 'added'],
        ['avtaler/viken-2020', 'removed'],
      ]);
    } finally {
      rmSync(added, { recursive: true });
      git(repo, 'checkout', '-q', '--', '.');
    }
  });

  it('never changes the working tree or the index', () => {
    writeFileSync(join(B(), 'people.yaml'), `${readFileSync(join(B(), 'people.yaml'), 'utf8')}\n`);
    git(repo, 'add', 'avtaler/buskerud-2024/people.yaml');
    edit(join(B(), 'agreement.yaml'), 'title: ', 'title: Endret ');
    const status = git(repo, 'status', '--porcelain');
    const index = readFileSync(join(repo, '.git', 'index'), 'base64');
    const files = snapshot(repo);
    for (const format of ['text', 'markdown', 'json'])
      expect(runBin(['diff', ...AS_OF, '--format', format], { cwd: repo }).status).toBe(0);
    expect(runBin(['diff', 'main', 'change', ...AS_OF], { cwd: repo }).status).toBe(0);
    expect(git(repo, 'status', '--porcelain')).toBe(status);
    expect(readFileSync(join(repo, '.git', 'index'), 'base64')).toBe(index);
    expect(snapshot(repo)).toEqual(files);
    git(repo, 'reset', '-q', '--hard');
  });

  it('a shallow clone without the merge base: one line that says to fetch more, exit 2', () => {
    const shallow = join(work, 'shallow');
    // As a CI job clones a pull request: its branch and the default branch, one commit of each.
    git(work, 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${repo}`, shallow);
    git(shallow, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
    git(shallow, 'remote', 'set-head', 'origin', 'main');
    const run = runBin(['diff', 'main~1', ...AS_OF], { cwd: shallow });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('git fetch --deepen=50');
    // Without a revision: the merge base with origin/HEAD is not in the clone either.
    const byDefault = runBin(['diff', ...AS_OF, '--lang', 'en'], { cwd: shallow });
    expect(byDefault.status).toBe(2);
    expect(byDefault.stderr.trim().split('\n')).toHaveLength(1);
    expect(byDefault.stderr).toContain('--unshallow');
  });

  it('an unknown revision and a folder outside git: one line, exit 2', () => {
    const unknown = runBin(['diff', 'no-such-branch', ...AS_OF, '--lang', 'en'], { cwd: repo });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^samarbeid: Revision no-such-branch is not in this clone: fetch more history/,
    );
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-nogit-'));
    try {
      const run = runBin(['diff', ...AS_OF, '--lang', 'en'], {
        cwd: outside,
        env: { GIT_CEILING_DIRECTORIES: tmpdir() },
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toBe(
        'samarbeid: diff compares two git revisions, but this folder is not in a git repository',
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
