import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// Issue 25: --year and --from/--to are parsed once (src/cli/spec.ts), with one set of limits, for
// every command that takes a period. The calendar once took years to 2999 and ten years at most,
// the report years to 2998 and periods of any length.

const COMMANDS = [['calendar'], ['report', '--format', 'json']];

describe('one spec from the options', () => {
  it.each([
    [['--year', '2999'], '--year takes a year from 1900 to 2998; got "2999"'],
    [['--year', '1899'], '--year takes a year from 1900 to 2998; got "1899"'],
    [['--from', '2020-01-01', '--to', '2030-12-31'], 'the period can be ten years at most'],
    [['--from', '2027-02-01', '--to', '2027-01-01'], '--to cannot come before --from'],
    [['--to', '2027-01-01'], '--from and --to go together'],
    [['--year', '2027', '--to', '2027-01-01'], 'Give either --year or --from and --to, not both'],
  ])('%j is refused alike by calendar and report: one line, exit 2', (args, words) => {
    for (const command of COMMANDS) {
      const run = runBin([...command, 'data', ...args, '--lang', 'en']);
      expect(run.status, command[0]).toBe(2);
      expect(run.stderr, command[0]).toContain(words);
      expect(run.stderr.trim().split('\n'), command[0]).toHaveLength(1);
    }
  });

  it('the same period is accepted by both, in either date form', () => {
    for (const command of COMMANDS) {
      const run = runBin([...command, 'data', '--from', '01.01.2026', '--to', '2026-06-30', '--lang', 'en']);
      expect(run.status, `${command[0]}: ${run.stderr}`).toBe(0);
    }
  });
});
