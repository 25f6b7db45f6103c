import type { ReportEntry } from '../app/report.js';
import type { Lang } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format-date.js';
import type { Translate } from '../i18n/message.js';
import { periodWords } from '../i18n/period-words.js';
import type { Cadence } from '../model/cadence.js';
import type { Message } from '../model/finding.js';
import type { Names } from '../names/names.js';
import type { AgreementReport, ReportPeriod } from '../report/model.js';
import { type Block, heading, paragraph, type ReportDocument } from './report-doc.js';
import { groupsAndAfter } from './report-follow-up.js';
import { meetingsAndEvaluation, plansAndItems } from './report-sections.js';

export interface ReportView {
  period: ReportPeriod;
  /** The period has not ended on the day the report is made. */
  provisional: boolean;
  entries: readonly ReportEntry[];
  lang: Lang;
  render: (m: Message) => string;
  t: Translate;
}

/** What one section needs to word its part. */
export interface Words {
  view: ReportView;
  names: Names;
  date: (d: string | null | undefined) => string;
  period: (label: string) => string;
  cadence: (cadence: Cadence | null) => string;
  list: (items: readonly string[]) => string;
}

export const isWholeYear = (p: ReportPeriod) =>
  p.from.slice(0, 4) === p.to.slice(0, 4) && p.from.endsWith('-01-01') && p.to.endsWith('-12-31');

export function reportTitle(view: ReportView): string {
  const { period, lang } = view;
  return isWholeYear(period)
    ? view.t('report.title-year', { year: period.from.slice(0, 4) })
    : view.t('report.title-period', {
        period: `${formatDate(period.from, lang)}–${formatDate(period.to, lang)}`,
      });
}

function words(view: ReportView, names: Names): Words {
  const and = view.t('report.and');
  return {
    view,
    names,
    date: (d) => (d ? formatDate(d, view.lang) : view.t('report.none')),
    period: (label) => periodWords(label, view.lang),
    cadence: (c) => {
      if (!c) return view.t('report.cadence-none');
      return c.kind === 'period'
        ? view.t(c.count === 1 ? 'report.cadence-once' : 'report.cadence-times', {
            n: c.count,
            unit: view.t(`report.unit.${c.unit}`),
          })
        : view.t('report.cadence-rolling', { n: c.n, unit: view.t(`report.unit.${c.unit}`) });
    },
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`,
  };
}

function agreementBlocks(view: ReportView, report: AgreementReport, names: Names): Block[] {
  const w = words(view, names);
  const asOf = formatDate(view.period.to, view.lang);
  const out: Block[] = [
    heading(1, `${reportTitle(view)}: ${report.title}`),
    paragraph(view.t('report.intro', { asOf })),
  ];
  if (view.provisional) out.push(paragraph(view.t('report.provisional'), true));
  out.push(paragraph(view.t('report.parties', { parties: w.list(report.parties.map((p) => p.name)) })));
  if (report.state !== 'active' && report.state !== 'expiring')
    out.push(
      paragraph(view.t('report.state', { state: view.t(`agreement-state.${report.state}`), asOf }), true),
    );
  for (const part of [meetingsAndEvaluation(w, report), plansAndItems(w, report), groupsAndAfter(w, report)])
    for (const block of part) out.push(block);
  return out;
}

/** The whole report: one part per agreement, each opening with a first-level heading. */
export function reportDocument(view: ReportView): ReportDocument {
  const blocks = view.entries.flatMap(({ path, report, names }): Block[] =>
    report
      ? agreementBlocks(view, report, names)
      : [heading(1, path), paragraph(view.t('status.invalid', { path }), true)],
  );
  return { title: reportTitle(view), blocks };
}

export type { ReportEntry } from '../app/report.js';
