import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, asCalendarDate, yearOf, ymd } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementState } from '../../src/engine/agreement-state.js';
import { agreementStatus, isLive } from '../../src/engine/status.js';
import { workingDays } from '../../src/plan/working-days.js';
import { yearPlan } from '../../src/plan/year-plan.js';
import { norwegianPublicHolidays } from '../../src/remind/norwegian-holidays.js';
import { reminders } from '../../src/remind/reminders.js';
import { agreementReport } from '../../src/report/report.js';
import { badFixture, FIXTURES, findingsOf, ROOT, workspaceOf } from '../helpers.js';
import { messageProblems, messagesIn } from './check-message.js';

// tsc checks every message written in the source; some are made at run time from data (the yaml
// package's error codes, zod's issues, the kinds a reference may name, the states and periods of
// the engine). These are the messages that the example data and every fixture come to, each
// checked against the catalogue: a known id, every placeholder of every language filled.

const problemsOf = (value: unknown) => [...new Set(messagesIn(value).flatMap(messageProblems))];

describe('the messages made at run time', () => {
  it('every finding of the example data and of every bad fixture', () => {
    const folders = [
      join(ROOT, 'data'),
      join(FIXTURES, 'minimal'),
      ...readdirSync(join(FIXTURES, 'bad')).map(badFixture),
    ];
    const findings = folders.flatMap((folder) => findingsOf(folder));
    expect(findings.length).toBeGreaterThan(50);
    expect(problemsOf(findings)).toEqual([]);
  });

  it('every status, year plan, reminder and report of the example data, at several dates', () => {
    const isHoliday = norwegianPublicHolidays();
    const { agreements, known } = workspaceOf([join(ROOT, 'data')], ROOT);
    let messages = 0;
    for (const { data } of agreements) {
      if (!data) continue;
      for (const asOf of ['2024-03-01', '2025-06-15', '2026-11-22', '2027-12-31'].map(asCalendarDate)) {
        const status = agreementStatus(data, asOf, known);
        const to = addDays(asOf, 400);
        const live = isLive(agreementState(data.agreement, asOf, known));
        const tracks = occurrences(data, asOf, to);
        const plan = yearPlan({
          data,
          asOf,
          from: asOf,
          to,
          days: workingDays(isHoliday, null),
          live,
          tracks,
        });
        const reminded = reminders({ data, status, asOf, within: 90, isHoliday });
        const report = agreementReport(data, { from: ymd(yearOf(asOf), 1, 1), to: asOf }, known);
        const all = [status, plan, reminded, report];
        messages += messagesIn(all).length;
        expect(problemsOf(all)).toEqual([]);
      }
    }
    expect(messages).toBeGreaterThan(100);
  });

  it('a message the checks would let through is caught', () => {
    expect(messageProblems({ id: 'no.such.id' })).toEqual(['no.such.id: no catalogue defines it']);
    expect(messageProblems({ id: 'minutes-missing.meeting', params: { id: 'm', days: 14 } })).toContain(
      'minutes-missing.meeting: {meeting} of its nb text is not given',
    );
    expect(messageProblems({ id: 'validate.clean', params: { agreements: 'two' } })).not.toEqual([]);
    expect(
      messageProblems({ id: 'edit.already', params: { what: { ref: 'kind.nothing' }, id: 'x' } }),
    ).toEqual(['edit.already: the word kind.nothing of what is unknown']);
  });
});
