import type { CalendarDate } from '../dates.js';
import type { CsvOptions } from './csv-delimiter.js';
import { type Cell, csvCell, csvDate, csvLines, csvText } from './csv-text.js';
import { type RemindView, toList, withoutAddress } from './remind-view.js';

/**
 * One row per reminder, for Excel: the To list pastes into Outlook, the agenda is one cell of
 * lines. The words first; the obligation code, stable for a formula or a join, last.
 */
export function remindCsv(view: RemindView, options: CsvOptions): string {
  const head = [
    view.t('csv.col-agreement'),
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
    view.t('csv.col-subject'),
  ];
  const rows: Cell[][] = [head];
  const date = (d: CalendarDate | null) => csvDate(d, view.lang);
  for (const entry of view.entries) {
    for (const r of entry.reminders) {
      rows.push([
        csvCell(entry.title),
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
        csvCell(r.subject),
      ]);
    }
  }
  return csvText(rows, options);
}
