import { type PlainId, textsOf } from '../i18n/index.js';
import type { AgreementReport, BodyReport, ItemGroup, ItemReport } from '../report/model.js';
import { type Block, heading, paragraph, table } from './report-doc.js';
import type { Words } from './report-view.js';

const count = (n: number | null, w: Words) => (n === null ? w.view.t('report.none') : String(n));

/** "3 (10.02.2025, 05.06.2025, 22.10.2025)": a count with the dates behind it. */
export function dated(dates: readonly string[], w: Words): string {
  return dates.length === 0 ? '0' : `${dates.length} (${dates.map((d) => w.date(d)).join(', ')})`;
}

export function missedWords(b: { missed: string[]; obligation: BodyReport['obligation'] }, w: Words): string {
  const out = b.missed.map((label) => w.period(label));
  // A rolling gap still open at the period's end: overdue, as in status.
  if (b.obligation?.state === 'overdue')
    out.push(w.view.t('report.overdue-since', { date: w.date(b.obligation.deadline) }));
  return out.length > 0 ? out.join(', ') : w.view.t('report.none');
}

function meetingName(id: string, w: Words): string {
  const title = w.names.meetingTitle(id);
  if (title) return title;
  const m = w.names.meetingBodyAndDate(id);
  return m
    ? w.view.render({ id: 'meeting.body-date', params: { body: m.body, date: { date: m.date } } })
    : id;
}

export function meetingsAndEvaluation(w: Words, r: AgreementReport): Block[] {
  const t = w.view.t;
  const head: readonly PlainId[] = [
    'report.col-body',
    'report.col-cadence',
    'report.col-required',
    'report.col-held',
    'report.col-cancelled',
    'report.col-planned',
    'report.col-minutes',
    'report.col-missed',
  ];
  const rows = r.bodies.map((b) => [
    b.workingGroup ? t('report.group-suffix', { name: b.name }) : b.name,
    w.cadence(b.cadence),
    count(b.required, w),
    dated(
      b.held.map((m) => m.date),
      w,
    ),
    dated(
      b.cancelled.map((m) => m.date),
      w,
    ),
    dated(
      b.planned.map((m) => m.date),
      w,
    ),
    b.held.length === 0
      ? t('report.none')
      : t('report.minutes-count', { n: b.held.filter((m) => m.minutes).length, of: b.held.length }),
    missedWords(b, w),
  ]);
  const out: Block[] = [heading(2, t('report.h-meetings')), table(textsOf(t, head), rows)];

  // A cancelled meeting is part of the year's record: the reader asks why.
  const cancelled = r.bodies.flatMap((b) =>
    b.cancelled.map((m) => [
      m.title ?? (b.workingGroup ? t('report.group-suffix', { name: b.name }) : b.name),
      w.date(m.date),
      m.reason ?? t('report.no-reason'),
    ]),
  );
  if (cancelled.length > 0) {
    out.push(heading(3, t('report.h-cancelled')));
    out.push(table(textsOf(t, ['report.col-meeting', 'report.col-date', 'report.col-reason']), cancelled));
  }

  // SPEC section 14: each meeting's decisions.
  out.push(heading(3, t('report.h-decisions')));
  if (r.decisions.length === 0) out.push(paragraph(t('report.no-decisions')));
  else
    out.push(
      table(
        textsOf(t, ['report.col-meeting', 'report.col-date', 'report.col-decision']),
        r.decisions.flatMap((m) =>
          m.decisions.map((d) => [m.title ?? w.names.body(m.body), w.date(m.date), d.text]),
        ),
      ),
    );

  out.push(heading(2, t('report.h-evaluation')));
  if (r.evaluations.length === 0) out.push(paragraph(t('report.no-evaluation')));
  for (const e of r.evaluations) {
    out.push(
      heading(3, t('report.evaluation', { date: w.date(e.date), summary: e.summary ?? t('report.none') })),
    );
    if (e.meeting) out.push(paragraph(t('report.evaluation-at', { meeting: meetingName(e.meeting, w) })));
    // SPEC section 14: every area of clause 5, one without results saying so; results of an area
    // the agreement does not list after them.
    const known = new Set(r.areas.map((a) => a.id));
    const rows = [
      ...r.areas.flatMap((a) => {
        const own = e.results.filter((x) => x.area.id === a.id);
        return own.length === 0 ? [[a.title, t('report.area-no-result')]] : own.map((x) => [a.title, x.text]);
      }),
      ...e.results
        .filter((x) => !known.has(x.area.id))
        .map((x) => [x.area.title || t('report.area-none'), x.text]),
    ];
    if (rows.length === 0) out.push(paragraph(t('report.no-results')));
    else out.push(table([t('report.col-area'), t('report.col-result')], rows));
  }
  if (r.evaluation && r.evaluation.state !== 'done')
    out.push(
      paragraph(
        t('report.evaluation-next', {
          date: w.date(r.evaluation.deadline),
          state: t(`state.${r.evaluation.state}`),
        }),
      ),
    );
  return out;
}

function itemRows(items: readonly ItemReport[], w: Words, withSource: (i: ItemReport) => string): string[][] {
  return items.map((i) => [
    i.title,
    withSource(i),
    i.responsible ? w.names.who(i.responsible) : w.view.t('report.none'),
    w.date(i.due),
    w.date(i.done),
    w.view.t(`report.outcome.${i.outcome}`),
  ]);
}

// The committee of people.yaml (clause 4) may own a plan without being a body of governance.bodies.
const ownerName = (owner: string, w: Words) => {
  const name = w.names.body(owner);
  return name === 'committee' ? w.view.t('report.committee') : name;
};

// The column of measures not carried out (a retired plan's, SPEC section 14) only where there are any.
const countCells = (g: ItemGroup, lapsed = false) =>
  [
    g.counts.done,
    g.counts['late-done'],
    g.counts.open,
    g.counts.overdue,
    ...(lapsed ? [g.counts['not-carried-out'] ?? 0] : []),
  ].map(String);
const COUNT_HEAD: readonly PlainId[] = [
  'report.col-done',
  'report.col-late-done',
  'report.col-open',
  'report.col-overdue',
];
const countHead = (lapsed: boolean): readonly PlainId[] =>
  lapsed ? [...COUNT_HEAD, 'report.col-not-carried-out'] : COUNT_HEAD;

export function plansAndItems(w: Words, r: AgreementReport): Block[] {
  const t = w.view.t;
  const out: Block[] = [heading(2, t('report.h-plans'))];
  if (r.plans.length === 0) out.push(paragraph(t('report.no-plans')));
  else
    out.push(
      table(
        textsOf(t, [
          'report.col-plan',
          'report.col-owner',
          'report.col-status',
          'report.col-adopted',
          'report.col-evaluated',
          'report.col-next',
        ]),
        r.plans.map((p) => [
          p.title,
          ownerName(p.owner, w),
          p.retired
            ? p.retired.replacedBy
              ? t('report.plan.retired-replaced', {
                  date: w.date(p.retired.date),
                  plan: r.plans.find((q) => q.id === p.retired?.replacedBy)?.title ?? p.retired.replacedBy,
                })
              : t('report.plan.retired-on', { date: w.date(p.retired.date) })
            : t(`report.plan.${p.status}`),
          p.adoptedInPeriod ? t('report.adopted-in-period', { date: w.date(p.adopted) }) : w.date(p.adopted),
          p.evaluations.length === 0 ? t('report.none') : p.evaluations.map((e) => w.date(e.date)).join(', '),
          p.obligation && p.obligation.state !== 'done'
            ? `${w.date(p.obligation.deadline)} (${t(`state.${p.obligation.state}`)})`
            : t('report.none'),
        ]),
      ),
    );

  out.push(heading(2, t('report.h-measures')));
  if (r.measures.length === 0) out.push(paragraph(t('report.no-measures')));
  else {
    const areaName = (g: ItemGroup) => g.area?.title ?? t('report.area-none');
    const lapsed = r.measures.some((g) => (g.counts['not-carried-out'] ?? 0) > 0);
    const total = r.measures.reduce(
      (sum, g) => sum.map((n, i) => n + Number(countCells(g, lapsed)[i])),
      lapsed ? [0, 0, 0, 0, 0] : [0, 0, 0, 0],
    );
    out.push(
      table(
        [t('report.col-area'), ...textsOf(t, countHead(lapsed))],
        [
          ...r.measures.map((g) => [areaName(g), ...countCells(g, lapsed)]),
          [t('report.col-total'), ...total.map(String)],
        ],
        t('report.summary-measures'),
      ),
    );
    const head: readonly PlainId[] = [
      'report.col-measure',
      'report.col-plan',
      'report.col-responsible',
      'report.col-due',
      'report.col-done-on',
      'report.col-status',
    ];
    for (const g of r.measures)
      out.push(
        heading(3, areaName(g)),
        table(
          textsOf(t, head),
          itemRows(g.items, w, (i) => i.source),
        ),
      );
  }

  out.push(heading(2, t('report.h-actions')));
  if (r.actions.items.length === 0) out.push(paragraph(t('report.no-actions')));
  else {
    out.push(table(textsOf(t, COUNT_HEAD), [countCells(r.actions)]));
    const head: readonly PlainId[] = [
      'report.col-action',
      'report.col-meeting',
      'report.col-responsible',
      'report.col-due',
      'report.col-done-on',
      'report.col-status',
    ];
    out.push(
      table(
        textsOf(t, head),
        itemRows(r.actions.items, w, (i) => meetingName(i.source, w)),
      ),
    );
  }
  return out;
}
