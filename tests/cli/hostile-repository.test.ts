import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementWith, FIXTURES, ROOT, runBin } from '../helpers.js';

// SPEC section 17: nothing in a repository can make samarbeid write outside the agreement folder
// or the file it means to write: not a lock or journal file, not a link in the cache,
// `.samarbeid/` or an output folder; a write the disk cuts short leaves the old file; readers
// never show half of a change. Every file below is what a pull request can carry.

const AS_OF = ['--as-of', '2026-12-01', '--lang', 'en'];
const LOCK = '.samarbeid.lock';
const oneLine = (text: string) => expect(text.trim().split('\n'), text).toHaveLength(1);
const noStack = (text: string) => expect(text).not.toMatch(/\bat .*\.js:\d+/);
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number;
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

const MEETINGS_2026 = `schemaVersion: 1
meetings:
  - { id: 2026-03-04-middle, body: middle, date: 2026-03-04, status: held, minutes: https://example.org/referat }
  - { id: 2026-12-20-middle, body: middle, date: 2026-12-20, status: planned }
`;

/** Every file below `dir`, with its bytes: what a run must leave as it was. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, rel: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path, name);
      else if (entry.isSymbolicLink()) out[name] = `-> ${readlinkText(path)}`;
      else if (entry.isFile()) out[name] = readFileSync(path, 'latin1');
      else out[name] = '(special)';
    }
  };
  walk(dir, '');
  return out;
}

function readlinkText(path: string): string {
  return spawnSync('readlink', [path], { encoding: 'utf8' }).stdout.trim();
}

/** A repository: a git folder with hooks, and the agreement in data/a. */
function repository(overlay: Record<string, string> = {}): { repo: string; folder: string } {
  const repo = mkdtempSync(join(tmpdir(), 'samarbeid-hostile-'));
  mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
  writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const folder = join(repo, 'data', 'a');
  cpSync(agreementWith({ 'meetings/2026.yaml': MEETINGS_2026, ...overlay }), folder, { recursive: true });
  return { repo, folder };
}

const recordMeeting = (folder: string, cwd: string, extra: string[] = [], env?: Record<string, string>) =>
  runBin(['record', 'meeting', folder, '--body', 'middle', '--date', '2026-11-20', ...AS_OF, ...extra], {
    cwd,
    env,
  });

describe('a lock file in the repository cannot make record rename or delete anything', () => {
  it('a committed journal that renames a script onto .git/hooks/pre-commit is refused in one line; validate reports it', () => {
    const { repo, folder } = repository({ 'x.sh': '#!/bin/sh\necho owned\n' });
    for (const renames of [
      [['data/a/x.sh', '.git/hooks/pre-commit']],
      [[join(folder, 'x.sh'), join(repo, '.git', 'hooks', 'pre-commit')]],
      [['x.sh', '../../.git/hooks/pre-commit']],
      [['x.sh.samarbeid-1.tmp', '../../.git/hooks/pre-commit']],
    ]) {
      writeFileSync(join(folder, LOCK), JSON.stringify({ pid: deadPid(), state: 'committing', renames }));
      const before = snapshot(repo);
      const run = recordMeeting(folder, repo);
      expect(run.status, run.stderr).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toContain(`${LOCK} in the agreement folder is not a lock file written by samarbeid`);
      expect(snapshot(repo)).toEqual(before);
      expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);

      const validate = runBin(['validate', folder, ...AS_OF], { cwd: repo });
      expect(validate.status).toBe(1);
      expect(validate.stdout).toMatch(
        /data\/a\/\.samarbeid\.lock:1:1 error \[lock-file\] The file is not a lock file written by samarbeid/,
      );
    }
  });

  it('a committed journal in preparing state deletes nothing, inside the folder or out of it', () => {
    const { repo, folder } = repository();
    const victim = join(repo, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    writeFileSync(join(folder, 'people.yaml.samarbeid-1.tmp'), 'not ours\n');
    for (const renames of [
      [[victim, 'people.yaml']],
      [['../../victim.txt', 'people.yaml']],
      [['people.yaml', 'people.yaml']],
      [['people.yaml.samarbeid-1.tmp', 'people.yaml']],
    ]) {
      writeFileSync(join(folder, LOCK), JSON.stringify({ pid: deadPid(), state: 'preparing', renames }));
      const before = snapshot(repo);
      const run = recordMeeting(folder, repo);
      expect(run.status, run.stderr).toBe(1);
      oneLine(run.stderr);
      expect(snapshot(repo)).toEqual(before);
    }
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });

  it("a journal in samarbeid's own form that was not written in this boot of this machine is never replayed", () => {
    const { repo, folder } = repository({
      'agreement.yaml.samarbeid-7.tmp': 'schemaVersion: 1\nid: taken-over\n',
    });
    const lock = {
      pid: 7,
      start: '1',
      boot: '00000000-0000-4000-8000-000000000000',
      state: 'committing',
      renames: [['agreement.yaml.samarbeid-7.tmp', 'agreement.yaml']],
    };
    for (const content of [lock, { ...lock, boot: undefined }]) {
      writeFileSync(join(folder, LOCK), JSON.stringify(content));
      const before = snapshot(repo);
      const run = recordMeeting(folder, repo);
      expect(run.status, run.stderr).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toContain('holds a change that was cut short before the machine restarted');
      expect(snapshot(repo)).toEqual(before);
      // Readers do not read the temporary file in its place either.
      const validate = runBin(['validate', folder, ...AS_OF, '--format', 'json'], { cwd: repo });
      const report = JSON.parse(validate.stdout);
      expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('lock-file');
      expect(JSON.stringify(report)).not.toContain('taken-over');
    }
  });

  const bootId = (() => {
    try {
      return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      return null;
    }
  })();
  it.runIf(bootId !== null)(
    "a journal with this machine's boot id (containers of one CI host share it) is neither replayed nor read",
    () => {
      const pid = deadPid();
      const temp = `meetings/2026.yaml.samarbeid-${pid}.tmp`;
      const broken = 'schemaVersion: 1\nmeetings:\n  - { id: broken, body: nobody, date: 2026-13-40 }\n';
      const { repo, folder } = repository({ [temp]: MEETINGS_2026, 'meetings/2026.yaml': broken });
      const { dev, ino } = lstatSync(join(folder, temp), { bigint: true });
      const lock = { pid, boot: bootId, state: 'committing', renames: [[temp, 'meetings/2026.yaml']] };
      // Without the files' identities, and with a perfect guess of device and inode.
      for (const content of [lock, { ...lock, files: [`${dev}:${ino}:1796660104630005831`] }]) {
        writeFileSync(join(folder, LOCK), JSON.stringify(content));
        const validate = runBin(['validate', folder, ...AS_OF, '--format', 'json'], { cwd: repo });
        const report = JSON.parse(validate.stdout);
        expect(validate.status).toBe(1);
        expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('lock-file');
        expect(report.findings.some((f: { file: string }) => f.file.endsWith('meetings/2026.yaml'))).toBe(
          true,
        );
        const before = snapshot(repo);
        const run = recordMeeting(folder, repo, ['--body', 'top']);
        expect(run.status, run.stderr).toBe(1);
        oneLine(run.stderr);
        expect(run.stderr).toContain('is not a lock file written by samarbeid');
        expect(snapshot(repo)).toEqual(before);
      }
    },
  );

  it('a lock that is a FIFO, a link to /dev/zero or 300 MB: one line, quickly, nothing read whole', () => {
    const { repo, folder } = repository();
    const cases: Array<[string, () => void]> = [
      ['fifo', () => mkfifo(join(folder, LOCK))],
      ['zero', () => symlinkSync('/dev/zero', join(folder, LOCK))],
      [
        'large',
        () => {
          writeFileSync(join(folder, LOCK), '{"pid":1,');
          truncateSync(join(folder, LOCK), 300 * 1024 * 1024);
        },
      ],
    ];
    for (const [name, make] of cases) {
      rmSync(join(folder, LOCK), { force: true });
      make();
      const started = performance.now();
      const run = runBin(
        ['record', 'meeting', folder, '--body', 'middle', '--date', '2026-11-20', ...AS_OF],
        {
          cwd: repo,
          timeout: 15_000,
        },
      );
      expect(run.status, `${name}: ${run.stderr}`).toBe(1);
      oneLine(run.stderr);
      noStack(run.stderr);
      expect(performance.now() - started, name).toBeLessThan(10_000);
      const validate = runBin(['validate', folder, ...AS_OF], { cwd: repo, timeout: 15_000 });
      expect(validate.status, name).toBe(1);
      expect(validate.stdout, name).toContain('[lock-file]');
    }
  });

  it('a lock whose pid now belongs to another process is taken over at once', () => {
    const { repo, folder } = repository();
    // The test runner is alive, but it did not write this lock: its start time is not in it.
    for (const content of [{ pid: process.pid }, { pid: 1, start: '999999999' }]) {
      writeFileSync(join(folder, LOCK), JSON.stringify(content));
      const started = performance.now();
      const run = runBin(
        ['record', 'meeting', folder, '--body', 'middle', '--date', '2026-10-20', ...AS_OF],
        {
          cwd: repo,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(existsSync(join(folder, LOCK))).toBe(false);
      rmSync(join(folder, 'meetings', '2026.yaml'));
      writeFileSync(join(folder, 'meetings', '2026.yaml'), MEETINGS_2026);
    }
  });
});

describe('a takeover cannot be stalled or leave anything behind', () => {
  it('a takeover guard that samarbeid did not write (a folder) is refused in one line, not waited on for ever', () => {
    for (const lock of [JSON.stringify({ pid: deadPid() }), 'not a lock\n']) {
      const { repo, folder } = repository();
      writeFileSync(join(folder, LOCK), lock);
      mkdirSync(join(folder, `${LOCK}.takeover`, 'inside'), { recursive: true });
      const before = snapshot(repo);
      const started = performance.now();
      const run = recordMeeting(folder, repo);
      expect(run.status, run.stderr).toBe(1);
      expect(performance.now() - started).toBeLessThan(10_000);
      oneLine(run.stderr);
      expect(run.stderr).toContain(
        `${LOCK}.takeover in the agreement folder is not a lock file written by samarbeid`,
      );
      expect(snapshot(repo)).toEqual(before);
    }
  });

  it('the guard of a writer killed after it removed the lock it took over is cleared by the next writer', () => {
    const { repo, folder } = repository();
    writeFileSync(join(folder, `${LOCK}.takeover`), JSON.stringify({ pid: deadPid() }));
    const run = recordMeeting(folder, repo);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(folder).filter((n) => n.startsWith('.samarbeid'))).toEqual([]);
  });

  it('a folder where the lock is placed from (its pid guessed) is said in one line, not waited on', () => {
    const { repo, folder } = repository();
    const started = performance.now();
    const run = recordMeeting(folder, repo, [], {
      NODE_OPTIONS: `--require ${join(FIXTURES, 'lock-temp-taken.cjs')}`,
      LOCK_TEMP_IN: folder,
    });
    expect(run.status, run.stderr).toBe(2);
    expect(performance.now() - started).toBeLessThan(10_000);
    oneLine(run.stderr);
    expect(run.stderr).toContain('cannot lock the agreement folder for writing (EEXIST)');
    expect(readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8')).toBe(MEETINGS_2026);
  });

  it("a dead writer's temporary file that cannot be removed keeps its journal, and the next writer removes both", () => {
    const pid = deadPid();
    const temp = `meetings/2026.yaml.samarbeid-${pid}.tmp`;
    const { repo, folder } = repository({ [temp]: 'half written' });
    const lock = JSON.stringify({ pid, state: 'preparing', renames: [[temp, 'meetings/2026.yaml']] });
    writeFileSync(join(folder, LOCK), lock);
    const failing = recordMeeting(folder, repo, [], {
      NODE_OPTIONS: `--require ${join(FIXTURES, 'unlink-temp-fails.cjs')}`,
    });
    expect(failing.status, failing.stderr).toBe(2);
    oneLine(failing.stderr);
    expect(failing.stderr).toContain('(EIO)');
    expect(readFileSync(join(folder, LOCK), 'utf8')).toBe(lock);
    expect(existsSync(join(folder, temp))).toBe(true);
    const run = recordMeeting(folder, repo);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(folder).filter((n) => n.startsWith('.samarbeid'))).toEqual([]);
    expect(readdirSync(join(folder, 'meetings'))).toEqual(['2026.yaml']);
  });

  it('a lock that is not JSON at all is a warning for readers, and init and record remove it', () => {
    const { repo, folder } = repository();
    writeFileSync(join(folder, LOCK), 'not a lock\n');
    const validate = runBin(['validate', folder, ...AS_OF], { cwd: repo });
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toContain('warning [lock-file] The file is not a lock file samarbeid can read');
    expect(recordMeeting(folder, repo).status).toBe(0);
    expect(existsSync(join(folder, LOCK))).toBe(false);

    mkdirSync(join(repo, 'ny'));
    writeFileSync(join(repo, 'ny', LOCK), 'not a lock\n');
    const init = runBin(['init', 'ny', '--title', 'Ny', '--party', 'a=A', '--party', 'b=B', '--lang', 'en'], {
      cwd: repo,
    });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(readdirSync(join(repo, 'ny')).sort()).toEqual(['agreement.yaml', 'people.yaml']);
  });
});

describe('a write that the disk cuts short leaves the old file', () => {
  const big = () => {
    // One held meeting a day through November, each with a long minutes link: some 150 kB.
    const lines = ['schemaVersion: 1', 'meetings:'];
    for (
      let day = new Date(Date.UTC(2026, 0, 1));
      day.getUTCMonth() < 11;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const date = day.toISOString().slice(0, 10);
      lines.push(`  - id: ${date}-middle\n    body: middle\n    date: ${date}\n    status: held`);
      lines.push(`    minutes: https://example.org/referat/${date}/${'x'.repeat(300)}`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('short writes (100 bytes a call) still put the whole file down', () => {
    const { repo, folder } = repository({ 'meetings/2026.yaml': big() });
    const run = recordMeeting(folder, repo, ['--status', 'planned', '--date', '2026-12-21'], {
      NODE_OPTIONS: `--require ${join(FIXTURES, 'short-writes.cjs')}`,
    });
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8');
    expect(text.startsWith(big())).toBe(true);
    expect(text).toContain('id: 2026-12-21-middle');
  });

  it('a full disk: every write failing, or the journal failing, leaves every file and no temporary file', () => {
    for (const preload of ['enospc.cjs', 'enospc-journal.cjs']) {
      const { repo, folder } = repository({ 'meetings/2026.yaml': big() });
      const before = snapshot(repo);
      const run = recordMeeting(folder, repo, ['--body', 'top', '--date', '2026-11-30'], {
        NODE_OPTIONS: `--require ${join(FIXTURES, preload)}`,
      });
      expect(run.status, preload).toBe(2);
      oneLine(run.stderr);
      expect(run.stderr).toContain('ENOSPC');
      expect(snapshot(repo), preload).toEqual(before);
    }
  });

  it('a disk with no room for even the lock: init says so in one line (exit 2) and leaves no folder', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const full = { NODE_OPTIONS: `--require ${join(FIXTURES, 'disk-full.cjs')}` };
    const init = runBin(['init', 'ny', '--title', 'Ny', '--party', 'a=A', '--party', 'b=B', '--lang', 'en'], {
      cwd: ws,
      env: full,
    });
    expect(init.status, init.stderr).toBe(2);
    oneLine(init.stderr);
    noStack(init.stderr);
    expect(init.stderr).toContain('cannot lock the agreement folder for writing (ENOSPC)');
    expect(readdirSync(ws)).toEqual([]);
    const { repo, folder } = repository();
    const before = snapshot(repo);
    for (const args of [
      ['record', 'move', folder, '--meeting', '2026-12-20-middle', '--date', '2027-01-12', ...AS_OF],
      ['schema', '--write', folder, '--lang', 'en'],
    ]) {
      const run = runBin(args, { cwd: repo, env: full });
      expect(run.status, run.stderr).not.toBe(3);
      expect(run.stderr).toContain('ENOSPC');
      noStack(run.stderr);
    }
    const after = snapshot(repo);
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
  });

  it('schema --write on a full disk says the folder was not written, not that its lines are fine', () => {
    const { repo, folder } = repository();
    expect(runBin(['schema', '--write', folder, '--lang', 'en'], { cwd: repo }).status).toBe(0);
    writeFileSync(join(folder, 'meetings', '2026.yaml'), MEETINGS_2026);
    const before = snapshot(repo);
    const run = runBin(['schema', '--write', folder, '--lang', 'en'], {
      cwd: repo,
      env: { NODE_OPTIONS: `--require ${join(FIXTURES, 'disk-full.cjs')}` },
    });
    expect(run.status, run.stderr).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain('ENOSPC');
    expect(run.stderr).not.toContain('already point');
    expect(snapshot(repo)).toEqual(before);
  });

  it('a flush that fails (EIO) leaves every file as it was and no temporary file', () => {
    const { repo, folder } = repository({ 'meetings/2026.yaml': big() });
    const before = snapshot(repo);
    const run = recordMeeting(folder, repo, ['--status', 'planned', '--date', '2026-12-21'], {
      NODE_OPTIONS: `--require ${join(FIXTURES, 'fsync-fails.cjs')}`,
    });
    expect(run.status, run.stderr).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('EIO');
    expect(snapshot(repo)).toEqual(before);
  });

  it("a change's second rename failing (EIO): readers see the change whole, the next writer finishes it", () => {
    const { repo, folder } = repository();
    const move = runBin(
      ['record', 'move', folder, '--meeting', '2026-12-20-middle', '--date', '2027-01-12', ...AS_OF],
      { cwd: repo, env: { NODE_OPTIONS: `--require ${join(FIXTURES, 'second-rename-fails.cjs')}` } },
    );
    expect(move.status, move.stderr).toBe(2);
    oneLine(move.stderr);
    expect(move.stderr).toContain('EIO');
    const status = JSON.parse(runBin(['status', folder, ...AS_OF, '--format', 'json'], { cwd: repo }).stdout);
    const middle = status.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'meeting:middle',
    );
    expect(middle.planned).toBe('2027-01-12');
    const next = recordMeeting(folder, repo, ['--body', 'top', '--date', '2026-11-21']);
    expect(next.status, next.stderr).toBe(0);
    expect(readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8')).not.toContain('2026-12-20-middle');
    expect(readFileSync(join(folder, 'meetings', '2027.yaml'), 'utf8')).toContain('2026-12-20-middle');
    expect(readdirSync(folder).filter((n) => n.startsWith('.samarbeid'))).toEqual([]);
    expect(readdirSync(join(folder, 'meetings')).sort()).toEqual(['2026.yaml', '2027.yaml']);
  });

  it('a cache folder whose making was cut short (full disk after .gitignore, killed before the tag) is finished by the next run', () => {
    const { repo, folder } = repository();
    const cache = join(repo, '.git', 'samarbeid-cache');
    const status = (env?: Record<string, string>) => runBin(['status', folder, ...AS_OF], { cwd: repo, env });
    const full = status({ NODE_OPTIONS: `--require ${join(FIXTURES, 'enospc-second-write.cjs')}` });
    expect(full.status, full.stderr).toBe(0);
    expect(readdirSync(cache)).toEqual(['.gitignore']);
    expect(status().status).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(['.gitignore', 'CACHEDIR.TAG', 'f-data%2Fa.json']);

    // Killed while the tag was being written: its temporary file is all that is left of it.
    rmSync(join(cache, 'CACHEDIR.TAG'));
    rmSync(join(cache, 'f-data%2Fa.json'));
    writeFileSync(join(cache, 'CACHEDIR.TAG.samarbeid-12345.tmp'), 'Signature: 8a4');
    expect(status().status).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(['.gitignore', 'CACHEDIR.TAG', 'f-data%2Fa.json']);

    // A folder that holds anything else is not samarbeid's: nothing there is written or removed.
    rmSync(join(cache, 'CACHEDIR.TAG'));
    rmSync(join(cache, 'f-data%2Fa.json'));
    writeFileSync(join(cache, 'notes.txt'), 'keep me\n');
    writeFileSync(join(folder, 'meetings', '2026.yaml'), `${MEETINGS_2026}# changed\n`);
    expect(status().status).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(['.gitignore', 'notes.txt']);
  });

  const root = process.getuid?.() === 0;
  it.runIf(root)(
    'on a small file system that fills during the write: old file or new, nothing left over',
    () => {
      const mount = mkdtempSync(join(tmpdir(), 'samarbeid-small-fs-'));
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', mount]);
      if (mounted.status !== 0) {
        console.log(`skipped: cannot mount a small tmpfs here (${mounted.stderr.toString().trim()})`);
        return;
      }
      try {
        const folder = join(mount, 'a');
        cpSync(agreementWith({ 'meetings/2026.yaml': big() }), folder, { recursive: true });
        // Fill the disk to leave less room than the file needs a second time.
        const filler = spawnSync('sh', ['-c', `dd if=/dev/zero of=${mount}/fill bs=4k 2>/dev/null; true`]);
        expect(filler.status).toBe(0);
        spawnSync('sh', ['-c', `truncate -s -48k ${mount}/fill`]);
        const before = snapshot(folder);
        const run = recordMeeting(folder, mount, ['--status', 'planned', '--date', '2026-12-21']);
        expect(run.status, run.stderr).toBe(2);
        oneLine(run.stderr);
        expect(run.stderr).toContain('ENOSPC');
        expect(snapshot(folder)).toEqual(before);
      } finally {
        spawnSync('umount', [mount]);
      }
    },
  );
  if (!root) it.todo('on a small file system (needs root to mount a tmpfs; runs in CI)');
});

describe('no writer follows a link: the cache, .samarbeid/schemas, --out and data files', () => {
  it('a cache record that is a link is never written through', () => {
    const { repo, folder } = repository();
    expect(runBin(['status', folder, ...AS_OF], { cwd: repo }).status).toBe(0);
    const cache = join(repo, '.git', 'samarbeid-cache');
    const [record] = readdirSync(cache).filter((n) => n.startsWith('f-'));
    const victim = join(repo, 'victim.json');
    writeFileSync(victim, 'keep me\n');
    rmSync(join(cache, record!));
    symlinkSync(victim, join(cache, record!));
    writeFileSync(join(folder, 'meetings', '2026.yaml'), `${MEETINGS_2026}# changed\n`);
    expect(runBin(['status', folder, ...AS_OF], { cwd: repo }).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(cache, record!)).isSymbolicLink()).toBe(true);
  });

  it('a cache folder that is a link is not written into', () => {
    const { repo, folder } = repository();
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-outside-'));
    symlinkSync(outside, join(repo, 'cache-link'));
    const run = runBin(['status', folder, ...AS_OF], {
      cwd: repo,
      env: { SAMARBEID_CACHE_DIR: join(repo, 'cache-link') },
    });
    expect(run.status).toBe(0);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('schema --write and --out refuse links in .samarbeid/schemas, to a file or for the folder', () => {
    const { repo, folder } = repository();
    const victim = join(repo, 'victim.json');
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-outside-'));
    const schemas = join(folder, '.samarbeid', 'schemas');
    const layouts: Array<[string, () => void, string[]]> = [
      ['file link', () => symlinkSync(victim, join(schemas, 'agreement.schema.json')), ['--write', folder]],
      ['folder link', () => symlinkSync(outside, schemas), ['--write', folder]],
      [
        'out file link',
        () => symlinkSync(victim, join(schemas, 'agreement.schema.json')),
        ['--out', schemas],
      ],
      ['out folder link', () => symlinkSync(outside, schemas), ['--out', schemas]],
    ];
    for (const [name, make, args] of layouts) {
      rmSync(join(folder, '.samarbeid'), { recursive: true, force: true });
      mkdirSync(join(folder, '.samarbeid'));
      if (name.startsWith('file') || name.startsWith('out file')) mkdirSync(schemas);
      make();
      writeFileSync(victim, 'keep me\n');
      const run = runBin(['schema', ...args, '--lang', 'en'], { cwd: repo });
      expect(run.status, `${name}: ${run.stderr}`).toBe(2);
      expect(run.stderr, name).toContain('is a symbolic link; samarbeid never writes through links');
      expect(readFileSync(victim, 'utf8'), name).toBe('keep me\n');
      expect(readdirSync(outside), name).toEqual([]);
    }
  });

  it('remind --out into a folder that is a link writes nothing there', () => {
    const { repo, folder } = repository();
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-outside-'));
    symlinkSync(outside, join(repo, 'public'));
    const run = runBin(['remind', folder, '--format', 'ics', '--out', 'public', ...AS_OF], { cwd: repo });
    expect(run.status).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain('public is a symbolic link');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a link on the way below the working folder is not followed: --out, init, schema --out, the cache', () => {
    const { repo, folder } = repository();
    const outside = mkdtempSync(join(tmpdir(), 'samarbeid-outside-'));
    for (const sub of ['ssl', 'ny', 'cache']) mkdirSync(join(outside, sub));
    writeFileSync(join(outside, 'ssl', 'minimal.ics'), 'keep me\n');
    symlinkSync(outside, join(repo, 'public'));
    const before = snapshot(outside);
    const runs: string[][] = [
      ['remind', folder, '--format', 'ics', '--out', 'public/ssl', ...AS_OF],
      ['calendar', folder, '--format', 'ics', '--out', 'public/ssl', ...AS_OF],
      ['report', folder, '--out', 'public/ssl', '--lang', 'en'],
      ['schema', '--out', 'public/ssl', '--lang', 'en'],
      ['init', 'public/ny', '--title', 'Ny', '--party', 'a=A', '--party', 'b=B', '--lang', 'en'],
    ];
    for (const args of runs) {
      const run = runBin(args, { cwd: repo });
      expect(run.status, `${args[0]}: ${run.stderr}`).toBe(2);
      oneLine(run.stderr);
      expect(run.stderr, args[0]).toContain('public is a symbolic link');
    }
    const status = runBin(['status', folder, ...AS_OF], {
      cwd: repo,
      env: { SAMARBEID_CACHE_DIR: 'public/cache' },
    });
    expect(status.status).toBe(0);
    expect(snapshot(outside)).toEqual(before);
    expect(readdirSync(join(outside, 'cache'))).toEqual([]);
  });

  it('a data file that is a link inside the folder is not written through', () => {
    const { repo, folder } = repository();
    mkdirSync(join(folder, 'archive'));
    writeFileSync(join(folder, 'archive', '2026.yaml'), MEETINGS_2026);
    rmSync(join(folder, 'meetings', '2026.yaml'));
    symlinkSync('../archive/2026.yaml', join(folder, 'meetings', '2026.yaml'));
    const before = snapshot(repo);
    const run = recordMeeting(folder, repo);
    expect(run.status, run.stderr).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain('meetings/2026.yaml is a symbolic link');
    expect(snapshot(repo)).toEqual(before);
  });
  it('an output file that is a link, or has a second name, is never written through: remind, calendar, report', () => {
    const { repo, folder } = repository();
    const victim = join(repo, 'victim.txt');
    const out = join(repo, 'public');
    mkdirSync(out);
    const runs: Array<[string, string[]]> = [
      ['minimal.ics', ['remind', folder, '--format', 'ics', '--out', 'public', ...AS_OF]],
      ['minimal.ics', ['calendar', folder, '--format', 'ics', '--year', '2026', '--out', 'public', ...AS_OF]],
      [
        'minimal-2026.html',
        ['report', folder, '--year', '2026', '--format', 'html', '--out', 'public', '--lang', 'en'],
      ],
      [
        'minimal-2026.md',
        ['report', folder, '--year', '2026', '--format', 'markdown', '--out', 'public', '--lang', 'en'],
      ],
      [
        'minimal-2026.docx',
        ['report', folder, '--year', '2026', '--format', 'docx', '--out', 'public', '--lang', 'en'],
      ],
    ];
    for (const [file, args] of runs) {
      for (const link of ['absolute', 'relative']) {
        rmSync(join(out, file), { force: true });
        writeFileSync(victim, 'keep me\n');
        symlinkSync(link === 'absolute' ? victim : '../victim.txt', join(out, file));
        const run = runBin(args, { cwd: repo });
        expect(run.status, `${file}: ${run.stderr}`).toBe(2);
        oneLine(run.stderr);
        expect(run.stderr, file).toContain(`cannot write public/${file}: it is not a regular file`);
        expect(readFileSync(victim, 'utf8'), file).toBe('keep me\n');
      }
      // A hard link: the output gets a file of its own; the other name keeps its bytes.
      rmSync(join(out, file));
      writeFileSync(victim, 'keep me\n');
      linkSync(victim, join(out, file));
      const run = runBin(args, { cwd: repo });
      expect(run.status, `${file}: ${run.stderr}`).toBe(0);
      expect(readFileSync(victim, 'utf8'), file).toBe('keep me\n');
      expect(lstatSync(join(out, file)).nlink, file).toBe(1);
      rmSync(join(out, file));
    }
  });
});

describe('a change is whole or not there, for writers and readers alike', () => {
  const killed = { NODE_OPTIONS: `--require ${join(FIXTURES, 'kill-after-first-rename.cjs')}` };

  it('a move into another year killed between its renames: readers see the move done; the next record finishes it', () => {
    const { repo, folder } = repository();
    const move = runBin(
      ['record', 'move', folder, '--meeting', '2026-12-20-middle', '--date', '2027-01-12', ...AS_OF],
      { cwd: repo, env: killed },
    );
    expect(move.status).toBeNull();
    // On disk the meeting is in both files; the journal says which text is coming.
    expect(readFileSync(join(folder, 'meetings', '2027.yaml'), 'utf8')).toContain('2026-12-20-middle');
    expect(readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8')).toContain('2026-12-20-middle');

    const validate = runBin(['validate', folder, ...AS_OF, '--format', 'json'], { cwd: repo });
    const report = JSON.parse(validate.stdout);
    expect(report.errors).toBe(0);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['lock-file']);
    const status = JSON.parse(runBin(['status', folder, ...AS_OF, '--format', 'json'], { cwd: repo }).stdout);
    const middle = status.agreements[0].obligations.find(
      (o: { subject: string }) => o.subject === 'meeting:middle',
    );
    expect(middle.planned).toBe('2027-01-12');

    const next = recordMeeting(folder, repo, ['--body', 'top', '--date', '2026-11-21']);
    expect(next.status, next.stderr).toBe(0);
    expect(readFileSync(join(folder, 'meetings', '2026.yaml'), 'utf8')).not.toContain('2026-12-20-middle');
    expect(readFileSync(join(folder, 'meetings', '2027.yaml'), 'utf8')).toContain('2026-12-20-middle');
    expect(readdirSync(folder).filter((n) => n.startsWith('.samarbeid'))).toEqual([]);
    expect(runBin(['validate', folder, ...AS_OF], { cwd: repo }).status).toBe(0);
  });

  it('init killed between its renames: no half agreement is found, and init again completes it', () => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-'));
    const args = [
      'init',
      'ny',
      '--title',
      'Ny avtale',
      '--party',
      'a=Part A',
      '--party',
      'b=Part B',
      '--lang',
      'en',
    ];
    expect(runBin(args, { cwd: ws, env: killed }).status).toBeNull();
    expect(existsSync(join(ws, 'ny', 'agreement.yaml'))).toBe(false);
    const status = runBin(['status', 'ny', ...AS_OF], { cwd: ws });
    expect(status.stdout + status.stderr).not.toContain('Ny avtale');

    const again = runBin(args, { cwd: ws });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('is already there as this command would write it');
    expect(readdirSync(join(ws, 'ny')).sort()).toEqual(['agreement.yaml', 'people.yaml']);
    expect(runBin(['validate', 'ny', ...AS_OF], { cwd: ws }).status).toBe(0);
  });
});

describe('a lock samarbeid writes is one it can read back', () => {
  it('schema --write over more files than one journal names: every file gets its line, no lock is left', () => {
    const repo = mkdtempSync(join(tmpdir(), 'samarbeid-hostile-'));
    const folder = join(repo, 'b');
    cpSync(join(ROOT, 'data', 'buskerud-2024'), folder, { recursive: true });
    const plan = readFileSync(join(folder, 'action-plans', 'handlingsplan-ungdom.yaml'), 'utf8');
    for (let i = 1; i <= 70; i++)
      writeFileSync(
        join(folder, 'action-plans', `plan-${i}.yaml`),
        plan.replace(/^# yaml-language-server.*\n/, '').replace(/^id: .*$/m, `id: plan-${i}`),
      );
    const run = runBin(['schema', '--write', 'b', '--lang', 'en'], { cwd: repo });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\b\d+ files now have a schema line/);
    expect(readdirSync(folder).filter((n) => n.startsWith('.samarbeid.'))).toEqual([]);
    for (let i = 1; i <= 70; i++)
      expect(readFileSync(join(folder, 'action-plans', `plan-${i}.yaml`), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/\.samarbeid\/schemas\/action-plan\.schema\.json\n/,
      );
    const record = runBin(['record', 'meeting', 'b', '--body', 'middle', '--date', '2026-11-20', ...AS_OF], {
      cwd: repo,
    });
    expect(record.status, record.stderr).not.toBe(3);
    expect(record.stderr).not.toContain('not a lock file written by samarbeid');
  });
});

describe('nothing a data file holds reaches the terminal raw', () => {
  it('record --dry-run shows the lines it changes with control characters shown and identity numbers masked', () => {
    const hostile = '# \u001b]0;owned\u0007\u001b[2J\u001b[31m 010190 10046\n';
    const { repo, folder } = repository({ 'meetings/2026.yaml': `${MEETINGS_2026}${hostile}` });
    const before = snapshot(repo);
    const run = recordMeeting(folder, repo, ['--dry-run', '--date', '2026-11-21']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('+  - id: 2026-11-21-middle');
    expect(run.stdout).toContain('\\u{1b}]0;owned');
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout.replace(/\D/g, '')).not.toContain('01019010046');
    expect(snapshot(repo)).toEqual(before);
  });
});

describe('record refuses what it cannot check', () => {
  it('another meetings file that cannot be read: the record is refused, naming it', () => {
    for (const make of [
      (path: string) => writeFileSync(path, Buffer.from([0x73, 0x63, 0xe6, 0xf8, 0x0a])),
      (path: string) => mkfifo(path),
    ]) {
      const { repo, folder } = repository();
      make(join(folder, 'meetings', '2025.yaml'));
      const before = snapshot(repo);
      const run = recordMeeting(folder, repo, [], undefined);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('meetings/2025.yaml cannot be read');
      expect(snapshot(repo)).toEqual(before);
    }
  });

  it.runIf(process.getuid?.() === 0)(
    'a read-only file system is named as such (EROFS), for init and schema --write',
    () => {
      const mount = mkdtempSync(join(tmpdir(), 'samarbeid-ro-'));
      cpSync(join(ROOT, 'data', 'buskerud-2024'), join(mount, 'b'), { recursive: true });
      const ro = spawnSync('mount', ['--bind', '-o', 'ro', mount, mount]);
      if (ro.status !== 0) {
        console.log(`skipped: cannot make a read-only mount here (${ro.stderr.toString().trim()})`);
        return;
      }
      try {
        spawnSync('mount', ['-o', 'remount,bind,ro', mount]);
        const init = runBin(
          ['init', 'ny', '--title', 'T', '--party', 'a=A', '--party', 'b=B', '--lang', 'en'],
          {
            cwd: mount,
          },
        );
        expect(init.status).toBe(2);
        expect(init.stderr).toContain('EROFS');
        const schema = runBin(['schema', '--write', 'b', '--lang', 'en'], { cwd: mount });
        expect(schema.status).toBe(2);
        expect(schema.stderr).toContain('EROFS');
      } finally {
        spawnSync('umount', [mount]);
      }
    },
  );
});
