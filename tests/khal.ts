import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** khal's path, or '' where it is not installed (the tests that need it skip, and say so once). */
export function khalFound(file: string): string {
  const khal = spawnSync('sh', ['-c', 'command -v khal'], { encoding: 'utf8' }).stdout.trim();
  if (!khal) console.warn(`${file}: khal re-import skipped, khal is not installed (apt-get install -y khal)`);
  return khal;
}

/**
 * A calendar of its own in khal, read in `zone`: import ICS files into it again and again, as a
 * user re-imports the reminder file, and list what stands between `from` and `to`, one
 * [uid, start, end, status and title] a line.
 */
export function khalCalendar(khal: string, zone: string, [from, to]: [string, string]) {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-khal-'));
  mkdirSync(join(dir, 'cal'));
  const config = join(dir, 'config');
  writeFileSync(
    config,
    `[calendars]\n[[reminders]]\npath = ${join(dir, 'cal')}\n[locale]\nlocal_timezone = ${zone}\ndefault_timezone = ${zone}\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n`,
  );
  const env = { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: dir, LC_ALL: 'C.UTF-8' };
  const run = (args: string[]) => {
    const done = spawnSync(khal, ['-c', config, ...args], { encoding: 'utf8', env, timeout: 60_000 });
    expect(done.status, done.stderr).toBe(0);
    return done.stdout;
  };
  let n = 0;
  return {
    import: (ics: string) => {
      const file = join(dir, `import-${n++}.ics`);
      writeFileSync(file, ics);
      run(['import', '--batch', file]);
    },
    list: () =>
      run(['list', from, to, '--format', '{uid}\t{start}\t{end}\t{status}{title}', '--day-format', ''])
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t') as [string, string, string, string]),
  };
}
