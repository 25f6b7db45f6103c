import type { CalendarDate } from '../dates.js';
import type { CsvOptions } from './csv-delimiter.js';
import { type Cell, csvCell, csvDate, csvText } from './csv-text.js';
import { notes, responsible, type StatusView } from './status-view.js';

/**
 * One row per obligation, done ones included (like the JSON), for Excel. What a person reads comes
 * first, in words; the codes (the agreement's id and the obligation code), stable for a formula or
 * a join, come last (docs/decisions.md).
 */
export function statusCsv(view: StatusView, options: CsvOptions): string {
  const head = [
    view.t('csv.col-agreement'),
    view.t('status.col-what'),
    view.t('status.col-state'),
    view.t('status.col-deadline'),
    view.t('csv.col-days-left'),
    view.t('status.col-responsible'),
    view.t('csv.col-last'),
    view.t('csv.col-planned'),
    view.t('status.col-notes'),
    view.t('csv.col-agreement-id'),
    view.t('csv.col-subject'),
  ];
  const rows: Cell[][] = [head];
  const date = (d: CalendarDate | null) => csvDate(d, view.lang);
  for (const { path, status, names, ordered } of view.entries) {
    if (!status) {
      const invalid = view.t('agreement-state.invalid');
      rows.push([
        csvCell(path),
        null,
        invalid,
        null,
        null,
        null,
        null,
        null,
        csvCell(view.t('status.invalid', { path })),
        null,
        null,
      ]);
      continue;
    }
    for (const o of ordered) {
      rows.push([
        csvCell(status.title),
        csvCell(view.render(o.title)),
        view.t(`state.${o.state}`),
        date(o.deadline),
        o.daysLeft,
        csvCell(responsible(o, view, names)),
        date(o.last),
        date(o.planned),
        // Last and planned have their own columns.
        csvCell(notes({ ...o, last: null, planned: null }, view, names).join('; ')),
        csvCell(status.id),
        csvCell(o.subject),
      ]);
    }
  }
  return csvText(rows, options);
}
