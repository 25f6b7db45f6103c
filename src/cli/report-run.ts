import { reportOf } from '../app/report.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import { outputText } from '../output/emit.js';
import { REPORT_EXTENSIONS, type ReportView, reportFormatter } from '../output/report.js';
import { terminalSafe } from '../output/sanitize.js';
import type { ReportPeriod } from '../report/index.js';
import { translator, UsageError } from './context.js';
import { openFor } from './open.js';
import { writeOutFiles } from './remind-out.js';
import type { ReportOptions } from './report.js';
import { specFrom } from './spec.js';

// An id may be eleven digits (ids are kebab-case): a file name is output too, masked without the
// asterisks that some file systems refuse.
const fileId = (id: string, period: ReportPeriod) => {
  const whole = period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`;
  const label = whole ? period.from.slice(0, 4) : `${period.from}_${period.to}`;
  return outputText(`${id}-${label}`).replace(/\*/g, 'x');
};

export async function runReport(paths: string[], options: ReportOptions): Promise<void> {
  const spec = specFrom(options);
  const period = spec.range;
  // A .docx is a zip archive: on a terminal it is noise, and through a pipe the last masking step
  // cannot read it. It is written to files, each masked as it is made.
  if (options.format === 'docx' && !options.out) throw new UsageError({ id: 'report.docx-needs-out' });
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  const { entries, invalid, provisional } = reportOf(workspace, spec);
  for (const path of invalid)
    process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path }))}\n`);
  const view: ReportView = {
    period,
    provisional,
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
  process.exitCode = invalid.length > 0 ? 1 : 0;
}
