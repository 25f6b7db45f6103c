import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import type { Obligation } from '../../src/engine/obligation.js';
import { render, t } from '../../src/i18n/index.js';
import { findIdentityNumbers } from '../../src/identity/number.js';
import type { Names } from '../../src/names/names.js';
import { htmlText } from '../../src/output/html-escape.js';
import { remindHtml } from '../../src/output/remind-html.js';
import type { RemindView } from '../../src/output/remind-view.js';
import { statusHtml } from '../../src/output/status-html.js';
import type { StatusView } from '../../src/output/status-view.js';
import type { Reminder } from '../../src/remind/reminder.js';
import { validNumber, writtenForms } from '../identity-numbers.js';

// SPEC section 7: text from the data cannot inject HTML. Every data string of a status and a
// reminder document (titles, names, roles, e-mail addresses, agenda items, paths) is drawn from
// attacks, arbitrary text and identity numbers; the document must have exactly the elements and
// attributes it has for harmless data, no entity but the five of the escaper, and no number whole.

const asOf = asCalendarDate('2026-11-23');
const ATTACKS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(document.cookie)',
  '<a href="https://evil.example/">x</a>',
  '<link rel=stylesheet href=//evil.example/s.css>',
  '</title><style>body{background:url(http://evil.example)}</style>',
  '<!-- x --> <![CDATA[ ]]>',
  '&lt;b&gt; &amp; &#60;script&#62; &#x3c; &nbsp;',
  'ola@example.no',
  '\u202eevil\u200b\u0000\u001b[31m\n\r\t',
  '<',
  '>',
  '&',
  '"',
  "'",
];
const number = validNumber('010190100');
const dataText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ATTACKS),
      fc.constantFrom(...writtenForms(number)),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(' '));

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

const obligation = (d: string, state: Obligation['state'], host: boolean): Obligation => ({
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
  ...(host ? { host: d } : {}),
  remaining: 2,
  missed: ['2025'],
  named: d,
  period: '2026',
});

function statusOf(d: string): string {
  const obligations = [
    obligation(d, 'overdue', true),
    obligation(d, 'ok', false),
    obligation(d, 'done', false),
  ];
  const view: StatusView = {
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
        shown: obligations.slice(0, 2),
        folded: 1,
      },
      { path: d, names: names(d), status: null, ordered: [], shown: [], folded: 0 },
    ],
  };
  return statusHtml(view);
}

function remindOf(d: string): string {
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
    agenda: [
      { id: 'agenda.text', params: { text: d } },
      { id: 'agenda.adopt-plan', params: { plan: d } },
    ],
    key: d,
  };
  const view: RemindView = {
    asOf,
    lang: 'nb',
    render: (m) => render(m, 'nb'),
    t: (id, ...params) => t(id, 'nb', ...params),
    entries: [{ id: d, title: d, reminders: [reminder], alarmDays: 30, names: names(d) }],
  };
  return remindHtml(view);
}

/** Every tag with its attributes, in order: what a parser would build elements from. */
const tags = (html: string) => html.match(/<[^>]*>/g) ?? [];
const ENTITY = /&(?!(?:amp|lt|gt|quot|#39);)/;

describe('HTML output: data cannot make markup', () => {
  it('the escaper: the five special characters, hidden characters shown, numbers masked', () => {
    expect(htmlText(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(htmlText('a\u202eb\u200bc\nd')).toBe('a\\u{202e}b\\u{200b}c d');
    expect(htmlText(`fnr ${number.slice(0, 6)} ${number.slice(6)}`)).toBe(`fnr ******${number.slice(6)}`);
  });

  for (const [what, build] of [
    ['status', statusOf],
    ['remind', remindOf],
  ] as const) {
    it(`${what}: the same tags as for harmless data, only our entities, no number whole`, () => {
      const harmless = tags(build('x'));
      expect(harmless.length).toBeGreaterThan(20);
      fc.assert(
        fc.property(dataText, (d) => {
          const html = build(d);
          expect(tags(html)).toEqual(harmless);
          expect(html).not.toMatch(ENTITY);
          // Outside our own tags, no angle bracket: nothing a parser could start an element with.
          expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
          expect(findIdentityNumbers(html)).toEqual([]);
          expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('the data still reads as written, masked and with hidden characters shown', () => {
    const html = statusOf('<b>Møte</b> & "plan"');
    expect(html).toContain('<h2>&lt;b&gt;Møte&lt;/b&gt; &amp; &quot;plan&quot;</h2>');
  });
});
