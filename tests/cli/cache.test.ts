import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

const AS_OF = ['--as-of', '2026-11-22'];

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-cli-cache-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

const status = (dir: string, ...more: string[]) =>
  runBin(['status', 'data', ...AS_OF, ...more], { cwd: dir });

describe('the file cache, end to end (built bin)', () => {
  it('a second run answers the same from the cache, and an edit shows at once', () => {
    const dir = repo();
    const fresh = status(dir, '--no-cache');
    expect(existsSync(join(dir, '.git', 'samarbeid-cache'))).toBe(false);

    const first = status(dir);
    expect(readdirSync(join(dir, '.git', 'samarbeid-cache')).sort()).toEqual([
      '.gitignore',
      'CACHEDIR.TAG',
      'f-data%2Fbuskerud-2024.json',
      'f-data%2Fhelsefellesskap-bergen.json',
      'f-data%2Fviken-2020.json',
    ]);
    const second = status(dir);
    expect([first.status, first.stdout]).toEqual([fresh.status, fresh.stdout]);
    expect([second.status, second.stdout]).toEqual([fresh.status, fresh.stdout]);

    // The top-level meeting of 2026 is overdue; holding it must show on the next run.
    expect(second.stdout).toMatch(/overdue|forfalt/i);
    appendFileSync(
      join(dir, 'data', 'buskerud-2024', 'meetings', '2026.yaml'),
      '  - { id: 2026-11-20-top, body: top, date: 2026-11-20, status: held, host: nav-vest-viken }\n',
    );
    const top = (out: string) =>
      JSON.parse(out).agreements[0].obligations.find((o: { subject: string }) => o.subject === 'meeting:top');
    const edited = status(dir, '--format', 'json');
    expect(top(edited.stdout).last).toBe('2026-11-20');
    expect(edited.stdout).toBe(status(dir, '--format', 'json', '--no-cache').stdout);
    expect(status(dir, '--format', 'json').stdout).toBe(edited.stdout);
  });

  it('a spoilt cache changes nothing: same output, exit code and no message', () => {
    const dir = repo();
    const fresh = status(dir, '--no-cache');
    status(dir);
    writeFileSync(
      join(dir, '.git', 'samarbeid-cache', 'f-data%2Fbuskerud-2024.json'),
      '{"format":1,"build":',
    );
    const spoilt = status(dir);
    expect([spoilt.status, spoilt.stdout, spoilt.stderr]).toEqual([fresh.status, fresh.stdout, fresh.stderr]);
  });

  it('validate still reports every finding of a file whose other files are cached', () => {
    const dir = repo();
    runBin(['validate', 'data', ...AS_OF], { cwd: dir });
    appendFileSync(
      join(dir, 'data', 'buskerud-2024', 'people.yaml'),
      '  - { id: x, party: nobody, role: R }\n',
    );
    const cached = runBin(['validate', 'data', ...AS_OF, '--format', 'json'], { cwd: dir });
    const uncached = runBin(['validate', 'data', ...AS_OF, '--format', 'json', '--no-cache'], { cwd: dir });
    expect(cached.status).toBe(1);
    expect(cached.stdout).toBe(uncached.stdout);
  });
});
