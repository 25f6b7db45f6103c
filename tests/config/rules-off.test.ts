import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkWorkspace } from '../../src/app/check.js';
import { asCalendarDate } from '../../src/dates.js';
import { RULES } from '../../src/rules/index.js';
import { badFixture, workspaceOf } from '../helpers.js';

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
