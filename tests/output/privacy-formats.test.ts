import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import type { Obligation } from '../../src/engine/obligation.js';
import { render, t } from '../../src/i18n/index.js';
import { findIdentityNumbers, isIdentityNumber } from '../../src/identity/number.js';
import type { Finding } from '../../src/model/finding.js';
import type { Names } from '../../src/names/names.js';
import { csvCell, csvText } from '../../src/output/csv-text.js';
import { outputText } from '../../src/output/emit.js';
import { escapeData, escapeProperty, findingsGithub } from '../../src/output/findings-github.js';
import { findingsGitlab } from '../../src/output/findings-gitlab.js';
import { findingsJson } from '../../src/output/findings-json.js';
import { findingsSarif } from '../../src/output/findings-sarif.js';
import { type FindingsView, findingsText } from '../../src/output/findings-text.js';
import { fingerprints } from '../../src/output/fingerprint.js';
import { htmlText } from '../../src/output/html-escape.js';
import { jsonText } from '../../src/output/json-text.js';
import { markdownAddresses, markdownText } from '../../src/output/markdown-escape.js';
import { remindFormatters } from '../../src/output/remind.js';
import { remindCsv } from '../../src/output/remind-csv.js';
import type { RemindView } from '../../src/output/remind-view.js';
import { terminalSafe } from '../../src/output/sanitize.js';
import { statusFormatters } from '../../src/output/status.js';
import { statusCsv } from '../../src/output/status-csv.js';
import type { StatusView } from '../../src/output/status-view.js';
import type { Reminder } from '../../src/remind/reminder.js';
import { anyWrittenNumber, shownDigits } from '../identity-numbers.js';

// Clause 7 and SPEC section 7, issue 24: a number written in any way a reader still reads as the
// number (separators of every class, invisible characters, digits of every script) is masked in
// every output format, as the reader will see it: after each format's own escaping (JSON \u,
// SARIF's percent-encoding, GitHub's %0A, HTML entities, Markdown backslashes, ICS escapes and
// folds, CSV quoting). The same written number goes into a file name, a message, titles, names
// and every other data text of each view.

const asOf = asCalendarDate('2026-11-23');
const plain = new Chalk({ level: 0 });
const CSV = { delimiter: ';' };

const names = (d: string): Names => ({
  party: () => `${d} party`,
  side: () => `${d} side`,
  holder: () => `${d} holder`,
  person: () => `${d} person`,
  who: () => `${d} who`,
  body: () => `${d} body`,
  meetingTitle: () => d,
  meetingBodyAndDate: () => ({ body: d, date: '2026-01-01' }),
  email: () => d,
});

function statusView(d: string): StatusView {
  const obligation = (state: Obligation['state']): Obligation => ({
    subject: `measure:${d}`,
    about: { kind: 'measure', plan: d, measure: d },
    slot: 'due',
    kind: 'measure',
    title: { id: 'obligation.measure', params: { measure: d, plan: d } },
    state,
    deadline: asCalendarDate('2026-12-01'),
    daysLeft: 8,
    last: asCalendarDate('2026-01-10'),
    planned: asCalendarDate('2026-11-30'),
    host: d,
    remaining: 2,
    missed: ['2025'],
    named: d,
    period: '2026',
  });
  const obligations = [obligation('overdue'), obligation('ok'), obligation('done')];
  return {
    asOf,
    lang: 'nb',
    summary: { unrecorded: 0, overdue: 1, dueSoon: 0, planned: 0, ok: 1 },
    render: (m) => render(m, 'nb'),
    t: (id, ...params) => t(id, 'nb', ...params),
    entries: [
      {
        path: `data/${d}`,
        names: names(d),
        status: {
          id: d,
          title: d,
          path: d,
          state: 'active',
          from: asCalendarDate('2024-06-01'),
          until: null,
          obligations,
        },
        ordered: obligations,
        shown: obligations,
        folded: 0,
      },
      { path: d, names: names(d), status: null, ordered: [], shown: [], folded: 0 },
    ],
  };
}

function remindView(d: string): RemindView {
  const reminder: Reminder = {
    agreement: d,
    subject: d,
    kind: 'meeting',
    title: { id: 'agenda.text', params: { text: d } },
    state: 'due-soon',
    deadline: asCalendarDate('2026-12-31'),
    daysLeft: 39,
    date: asCalendarDate('2026-12-08'),
    suggested: asCalendarDate('2026-12-08'),
    suggestedAfterDeadline: false,
    recipients: [{ person: d, party: d, role: d, name: d, email: d }],
    agenda: [{ id: 'agenda.text', params: { text: d } }],
    key: d,
  };
  return {
    asOf,
    lang: 'nb',
    render: (m) => render(m, 'nb'),
    t: (id, ...params) => t(id, 'nb', ...params),
    entries: [{ id: d, title: d, reminders: [reminder], alarmDays: 30, names: names(d) }],
  };
}

function findingsView(d: string): FindingsView {
  const finding: Finding = {
    rule: 'schema',
    severity: 'error',
    file: `meetings/${d}.yaml`,
    line: 1,
    column: 1,
    message: { id: 'schema.unknown-key', params: { key: d } },
  };
  return {
    findings: [finding],
    agreements: 1,
    render: (f) => render(f.message, 'nb'),
    t: (id, ...params) => t(id, 'nb', ...params),
  };
}

/** Every output of every format for data text `d`, by name. */
function outputsOf(d: string): Array<[string, string]> {
  const status = statusView(d);
  const remind = remindView(d);
  const findings = findingsView(d);
  return [
    ['terminal line', terminalSafe(d)],
    ['markdown text', markdownText(d)],
    ['markdown addresses', markdownAddresses(d)],
    ['html text', htmlText(d)],
    ['csv cell', csvText([[csvCell(d), d]], CSV)],
    ['json', jsonText({ d })],
    ['github data', escapeData(d)],
    ['github property', escapeProperty(d)],
    ['last step', outputText(d)],
    ...Object.entries(statusFormatters).map(([f, format]): [string, string] => [
      `status ${f}`,
      format(status, plain),
    ]),
    ['status csv', statusCsv(status, CSV)],
    ...Object.entries(remindFormatters).map(([f, format]): [string, string] => [
      `remind ${f}`,
      format(remind, plain),
    ]),
    ['remind csv', remindCsv(remind, CSV)],
    ['findings text', findingsText(findings, plain)],
    ['findings json', findingsJson(findings)],
    ['findings github', findingsGithub(findings)],
    ['findings gitlab', findingsGitlab(findings)],
    ['findings sarif', findingsSarif(findings)],
  ];
}

describe('a number written in any way is masked in every output format (issue 24)', () => {
  it('the views carry the data text: a harmless marker reaches every output', () => {
    for (const [what, out] of outputsOf('markør')) expect(out, what).toContain('markør');
  });

  it('property: no output shows the number, escapes decoded and separators taken out', () => {
    fc.assert(
      fc.property(anyWrittenNumber, fc.constantFrom('Sak ', '', 'sak%20', 'a\n'), ({ n, form }, before) => {
        const d = `${before}${form} slutt`;
        for (const [what, out] of outputsOf(d)) {
          expect(shownDigits(out).includes(n), `${what}: ${JSON.stringify(d)}\n${out}`).toBe(false);
          expect(findIdentityNumbers(out), what).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('SARIF: a file name of `sak%20` and eleven digits is masked in the percent-encoded uri', () => {
    const n = '01019010046';
    const sarif = JSON.parse(findingsSarif(findingsView(`sak ${n}`)));
    const uri: string = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('meetings/sak%20******10046.yaml');
    expect(decodeURIComponent(uri)).toBe('meetings/sak ******10046.yaml');
  });

  it('fingerprints are made of the masked file and message, escapes or not', () => {
    // Two numbers that differ only in the date: a fingerprint that hashed the digits would tell
    // them apart, and a hash of a known name and eleven digits can be reversed.
    const n = '01019010046';
    const days = Array.from(
      { length: 28 * 12 },
      (_, i) =>
        `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + Math.floor(i / 28)).padStart(2, '0')}90`,
    );
    const other =
      days.map((date) => `${date}${n.slice(6)}`).find((m) => m !== n && isIdentityNumber(m)) ?? '';
    expect(other).not.toBe('');
    const of = (m: string) =>
      fingerprints([
        {
          ...(findingsView('x').findings[0] as Finding),
          file: `sak ${m}.yaml`,
          message: { id: 'schema.unknown-key', params: { key: `a\t${m.slice(0, 6)}\t${m.slice(6)}"` } },
        },
      ]);
    expect(of(n)).toEqual(of(other));
  });
});
