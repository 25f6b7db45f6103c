import { calendarOf } from '../app/calendar.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import { calendarFormatters } from '../output/calendar.js';
import { CALENDAR_EXTENSIONS, CALENDAR_FORMATS, type CalendarFormat } from '../output/calendar-formats.js';
import type { CalendarView } from '../output/calendar-view.js';
import { outputText } from '../output/emit.js';
import { terminalSafe } from '../output/sanitize.js';
import { norwegianPublicHolidays } from '../remind/norwegian-holidays.js';
import type { CalendarOptions } from './calendar.js';
import { makeChalk, translator } from './context.js';
import { openFor } from './open.js';
import { writeOutFiles } from './remind-out.js';
import { specFrom } from './spec.js';

// An id may be eleven digits: a file name is output too, masked without the asterisks that some
// file systems refuse.
const outFileName = (id: string) => outputText(id).replace(/\*/g, 'x');

export async function runCalendar(paths: string[], options: CalendarOptions): Promise<void> {
  const spec = specFrom(options);
  const { from, to } = spec.range;
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  const { entries, folders, invalid } = calendarOf(workspace, spec, norwegianPublicHolidays());
  for (const path of invalid)
    process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path }))}\n`);
  const view: CalendarView = {
    asOf: spec.asOf,
    from,
    to,
    entries,
    lang,
    explain: Boolean(options.explain),
    render: (m: Message) => render(m, lang),
    t,
  };
  if (!options.out) {
    const format = calendarFormatters[options.format ?? 'text'];
    process.stdout.write(format(view, makeChalk(options)));
  } else {
    // One file per agreement and format: every format unless --format names one.
    const formats: readonly CalendarFormat[] = options.format ? [options.format] : CALENDAR_FORMATS;
    for (const name of formats) {
      const format = calendarFormatters[name];
      const files = entries.map((entry, i) => ({
        id: outFileName(entry.id),
        folder: folders[i] ?? '',
        text: () => outputText(format({ ...view, entries: [entry] }, makeChalk({ color: false }))),
      }));
      for (const path of writeOutFiles(options.out, CALENDAR_EXTENSIONS[name], files))
        process.stderr.write(`${t('cli.wrote', { path })}\n`);
    }
  }
  process.exitCode = invalid.length > 0 ? 1 : 0;
}
