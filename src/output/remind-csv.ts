import type { CalendarDate } from '../dates.js';
import type { CsvOptions } from './csv-delimiter.js';
import { type Cell, csvCell, csvDate, csvLines, csvText } from './csv-text.js';
import { type RemindView, toList, withoutAddress } from './remind-view.js';

/** One row per reminder, for Excel: the To list pastes into Outlook, the agenda is one cell of lines. */
export function remindCsv(view: RemindView, options: CsvOptions): string {
  const head = [
    view.t('csv.col-agreement'),
    view.t('csv.col-subject'),
    view.t('csv.col-kind'),
    view.t('status.col-what'),
    view.t('status.col-state'),
    view.t('status.col-deadline'),
    view.t('csv.col-days-left'),
    view.t('csv.col-meeting-date'),
    view.t('csv.col-suggested'),
    view.t('csv.col-to'),
    view.t('csv.col-no-address'),
    view.t('csv.col-agenda'),
  ];
  const rows: Cell[][] = [head];
  const date = (d: CalendarDate | null) => csvDate(d, view.lang);
  for (const entry of view.entries) {
    for (const r of entry.reminders) {
      rows.push([
        csvCell(entry.title),
        csvCell(r.subject),
        r.kind === 'deadline' ? view.t('csv.kind-deadline') : view.t('csv.kind-meeting'),
        csvCell(view.render(r.title)),
        r.state ? view.t(`state.${r.state}`) : null,
        date(r.deadline),
        r.daysLeft,
        date(r.date),
        date(r.suggested),
        csvCell(toList(r.recipients)),
        csvCell(withoutAddress(r.recipients, entry)),
        csvLines(r.agenda.map((item, i) => `${i + 1}. ${view.render(item)}`)),
      ]);
    }
  }
  return csvText(rows, options);
}
