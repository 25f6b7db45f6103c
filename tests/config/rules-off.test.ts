import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkWorkspace } from '../../src/app/check.js';
import { asCalendarDate } from '../../src/dates.js';
import { RULES } from '../../src/rules/index.js';
import { agreementWith, badFixture, runBin, workspaceOf } from '../helpers.js';

// Issue 29: a rule turned `off` in samarbeid.yaml is not run at all, and a finding that will not be
// shown (a warning under --no-warnings) is dropped before it is placed.
const asOf = asCalendarDate('2026-11-22');
const stale = () => workspaceOf([badFixture('stale-planned')], badFixture('stale-planned'));
const rule = RULES.find((r) => r.id === 'stale-planned')!;

describe('rules turned off', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a rule turned off is never called, and its findings are not there', () => {
    const check = vi.spyOn(rule, 'check');
    const on = checkWorkspace(stale(), asOf);
    expect(check).toHaveBeenCalled();
    expect(on.some((f) => f.rule === 'stale-planned')).toBe(true);
    check.mockClear();
    const off = checkWorkspace(stale(), asOf, { off: new Set(['stale-planned']) });
    expect(check).not.toHaveBeenCalled();
    expect(off.some((f) => f.rule === 'stale-planned')).toBe(false);
    // The other rules run as before.
    expect(off.filter((f) => f.rule !== 'stale-planned')).toEqual(
      on.filter((f) => f.rule !== 'stale-planned'),
    );
  });

  it('a finding not kept is not placed: warnings dropped under --no-warnings', () => {
    const kept = checkWorkspace(stale(), asOf, { keep: (f) => f.severity !== 'warning' });
    expect(kept.some((f) => f.rule === 'stale-planned')).toBe(false);
  });
});

// `record` checks the agreement as the edit would leave it with validate's selection: the rules
// samarbeid.yaml turns off are not run, and each finding has the config's level.
describe('record with the workspace config (built bin)', () => {
  /** An agreement folder with samarbeid.yaml beside it in the workspace root. */
  function workspace(config: string | null): string {
    const folder = agreementWith();
    if (config !== null) writeFileSync(join(dirname(folder), 'samarbeid.yaml'), config);
    return folder;
  }
  // A held meeting after as-of is the error `held-in-future`.
  const heldAhead = (folder: string) =>
    runBin(
      ['record', 'meeting', folder, '--body', 'top', '--date', '2027-01-10', '--host', 'part-a'].concat([
        '--as-of',
        '2026-11-22',
      ]),
    );
  const written = (folder: string) => existsSync(join(folder, 'meetings', '2027.yaml'));

  it('a rule turned off does not refuse a record', () => {
    const refused = workspace(null);
    expect(heldAhead(refused).status).toBe(1);
    expect(written(refused)).toBe(false);

    const off = workspace('rules:\n  held-in-future: off\n');
    const run = heldAhead(off);
    expect(run.status, run.stderr).toBe(0);
    expect(written(off)).toBe(true);
    // And validate agrees: nothing to say.
    expect(runBin(['validate', off, '--as-of', '2026-11-22']).status).toBe(0);
  });

  it('a rule turned down to a warning refuses nothing; one raised to an error refuses', () => {
    const warning = workspace('rules:\n  held-in-future: warning\n');
    expect(heldAhead(warning).status).toBe(0);
    expect(written(warning)).toBe(true);

    // A planned meeting dated before as-of is a warning (`stale-planned`), here an error.
    const raised = workspace('rules:\n  stale-planned: error\n');
    const args = [
      'record',
      'meeting',
      raised,
      '--body',
      'top',
      '--date',
      '2026-10-01',
      '--status',
      'planned',
    ];
    const run = runBin([...args, '--host', 'part-a', '--as-of', '2026-11-22']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[stale-planned]');
    expect(existsSync(join(raised, 'meetings', '2026.yaml'))).toBe(false);
  });
});
