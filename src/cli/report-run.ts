import { type CalendarDate, todayInOslo, ymd } from '../dates.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import { namesOf } from '../names/names.js';
import { outputText } from '../output/emit.js';
import { REPORT_EXTENSIONS, type ReportEntry, type ReportView, reportFormatter } from '../output/report.js';
import { terminalSafe } from '../output/sanitize.js';
import { agreementReport, type ReportPeriod } from '../report/index.js';
import { dateOption, translator, UsageError } from './context.js';
import { openFor } from './open.js';
import { writeOutFiles } from './remind-out.js';
import type { ReportOptions } from './report.js';

/**
 * The period: --year, else --from and --to (both), else the current year. One spec for the whole
 * run, built here as status builds its as-of (STYLE: a report spec built once in cli/).
 */
export function reportPeriod(
  options: Pick<ReportOptions, 'year' | 'from' | 'to'>,
  today: CalendarDate,
): ReportPeriod {
  const { year, from, to } = options;
  if (year !== undefined && (from !== undefined || to !== undefined))
    throw new UsageError({ id: 'report.year-or-period' });
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2998)
      throw new UsageError({ id: 'report.bad-year', params: { value: year } });
    return { from: ymd(Number(year), 1, 1), to: ymd(Number(year), 12, 31) };
  }
  if (from === undefined && to === undefined) {
    const current = Number(today.slice(0, 4));
    return { from: ymd(current, 1, 1), to: ymd(current, 12, 31) };
  }
  if (from === undefined || to === undefined) throw new UsageError({ id: 'report.from-and-to' });
  const period = { from: dateOption(from, '--from'), to: dateOption(to, '--to') };
  if (period.from > period.to) throw new UsageError({ id: 'report.from-after-to', params: { from, to } });
  return period;
}

// An id may be eleven digits (ids are kebab-case): a file name is output too, masked without the
// asterisks that some file systems refuse.
const fileId = (id: string, period: ReportPeriod) => {
  const whole = period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`;
  const label = whole ? period.from.slice(0, 4) : `${period.from}_${period.to}`;
  return outputText(`${id}-${label}`).replace(/\*/g, 'x');
};

export async function runReport(paths: string[], options: ReportOptions): Promise<void> {
  const today = todayInOslo();
  const period = reportPeriod(options, today);
  // A .docx is a zip archive: on a terminal it is noise, and through a pipe the last masking step
  // cannot read it. It is written to files, each masked as it is made.
  if (options.format === 'docx' && !options.out) throw new UsageError({ id: 'report.docx-needs-out' });
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  let invalid = false;
  const entries: ReportEntry[] = workspace.agreements.map((loaded) => {
    const broken = !loaded.data || loaded.findings.some((f) => f.severity === 'error');
    if (broken || !loaded.data) {
      invalid = true;
      process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path: loaded.display }))}\n`);
    }
    return {
      path: loaded.display,
      report: broken || !loaded.data ? null : agreementReport(loaded.data, period, workspace.known),
      names: namesOf(loaded.data),
    };
  });
  const view: ReportView = {
    period,
    provisional: period.to >= today,
    entries,
    lang,
    render: (m: Message) => render(m, lang),
    t,
  };
  const format = await reportFormatter(options.format);
  if (!options.out) {
    const text = await format(view);
    process.stdout.write(typeof text === 'string' ? text : Buffer.from(text));
  } else {
    const made = await Promise.all(
      entries
        .filter((e) => e.report)
        .map(async (entry) => ({ entry, data: await format({ ...view, entries: [entry] }) })),
    );
    const files = made.map(({ entry, data }) => ({
      id: fileId(entry.report?.id ?? entry.path, period),
      folder: entry.path,
      text: () => (typeof data === 'string' ? outputText(data) : data),
    }));
    for (const path of writeOutFiles(options.out, REPORT_EXTENSIONS[options.format], files))
      process.stderr.write(`${t('cli.wrote', { path })}\n`);
  }
  process.exitCode = invalid ? 1 : 0;
}
