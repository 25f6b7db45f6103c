import { describe, expect, it } from 'vitest';
import { heldInFutureMessages } from '../../src/i18n/rules/held-in-future.js';
import { allMeetings } from '../../src/model/index.js';
import { RULES } from '../../src/rules/index.js';
import { type DataRule, type Report, reporter } from '../../src/rules/rule.js';
import { makeData } from '../engine/make-data.js';
import { expectFindings, findingsOfCase } from './rule-tester.js';

// The tester itself: what it must reject, as ESLint's RuleTester rejects an unknown messageId and
// an unfilled placeholder. Rules that do wrong on purpose, past tsc (which would stop them first).
const wrong = (
  say: (report: Report, index: number) => ReturnType<Report>,
): DataRule<typeof heldInFutureMessages> => ({
  id: 'held-in-future',
  scope: 'data',
  severity: 'error',
  needs: ['meetings'],
  description: 'a rule that reports wrongly',
  messages: heldInFutureMessages,
  check({ data }) {
    const report = reporter(this) as unknown as Report;
    return allMeetings(data).map(({ index }) => say(report, index));
  },
});
const one = { name: 'one meeting', data: makeData({ meetings: [{ body: 'middle', date: '2026-01-10' }] }) };
const run = (rule: DataRule<typeof heldInFutureMessages>) => () =>
  findingsOfCase('held-in-future', [rule], one);

describe('the rule tester', () => {
  it('rejects an id that no catalogue defines', () => {
    const rule = wrong((report, i) => report('f', ['meetings', i], 'held-in-future.meting' as never, {}));
    expect(run(rule)).toThrow(/held-in-future.meting is a message of rule held-in-future/);
  });

  it("rejects an id of another rule's messages", () => {
    const rule = wrong((report, i) => report('f', ['meetings', i], 'stale-planned.meeting' as never, {}));
    expect(run(rule)).toThrow(/stale-planned.meeting is a message of rule held-in-future/);
  });

  it('rejects a placeholder left unfilled', () => {
    const rule = wrong((report, i) =>
      report('f', ['meetings', i], 'held-in-future.meeting' as never, { id: 'x' }),
    );
    expect(run(rule)).toThrow(/the message renders whole/);
  });

  it('rejects a finding under another rule code', () => {
    const rule = {
      ...wrong((report, i) => report('f', ['meetings', i], 'held-in-future.meeting' as never, {})),
      id: 'x',
    };
    expect(run(rule)).toThrow(/the finding carries the rule code/);
  });

  it('rejects findings other than the expected ones, and an invalid case that expects none', () => {
    const found = findingsOfCase(
      'held-in-future',
      RULES.filter((r) => r.id === 'held-in-future'),
      {
        name: 'held ahead',
        data: makeData({ meetings: [{ body: 'middle', date: '2026-12-01' }] }),
      },
    );
    expect(() =>
      expectFindings(found, [{ id: 'held-in-future.meeting', path: ['meetings', 1, 'date'] }], 'error'),
    ).toThrow();
    expect(() =>
      expectFindings(found, [{ id: 'held-in-future.meeting', severity: 'warning' }], 'error'),
    ).toThrow();
    expect(() => expectFindings([], [], 'error')).toThrow(/expects findings/);
    expectFindings(found, [{ id: 'held-in-future.meeting', path: ['meetings', 0, 'date'] }], 'error');
  });
});
