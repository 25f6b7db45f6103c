import { type CalendarDate, daysBetween, ymd } from '../dates.js';
import { involves } from '../domain/holders.js';
import { agreementState } from '../engine/agreement-state.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import { namesOf } from '../names/names.js';
import { calendarFormatters } from '../output/calendar.js';
import { CALENDAR_EXTENSIONS, CALENDAR_FORMATS, type CalendarFormat } from '../output/calendar-formats.js';
import type { CalendarEntry, CalendarView } from '../output/calendar-view.js';
import { outputText } from '../output/emit.js';
import { terminalSafe } from '../output/sanitize.js';
import { recordedFacts } from '../plan/facts.js';
import { workingDays } from '../plan/working-days.js';
import { yearPlan } from '../plan/year-plan.js';
import { norwegianPublicHolidays } from '../remind/norwegian-holidays.js';
import type { CalendarOptions } from './calendar.js';
import { dateOption, makeChalk, parseAsOf, translator, UsageError } from './context.js';
import { openFor } from './open.js';
import { writeOutFiles } from './remind-out.js';

// Ten years at most: a plan longer than that is a typing error, and its cost grows with it.
const MAX_DAYS = 3660;

/** The period: --year, else --from and --to, else the as-of year. */
export function calendarRange(
  options: CalendarOptions,
  asOf: CalendarDate,
): { from: CalendarDate; to: CalendarDate } {
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined))
    throw new UsageError({ id: 'calendar.year-or-range' });
  if (options.year !== undefined) {
    if (!/^(19|2\d)\d\d$/.test(options.year))
      throw new UsageError({ id: 'calendar.bad-year', params: { value: options.year } });
    const year = Number(options.year);
    return { from: ymd(year, 1, 1), to: ymd(year, 12, 31) };
  }
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined)
      throw new UsageError({ id: 'calendar.from-and-to' });
    const from = dateOption(options.from, '--from');
    const to = dateOption(options.to, '--to');
    if (to < from || daysBetween(from, to) > MAX_DAYS)
      throw new UsageError({ id: 'calendar.bad-range', params: { from: options.from, to: options.to } });
    return { from, to };
  }
  const year = Number(asOf.slice(0, 4));
  return { from: ymd(year, 1, 1), to: ymd(year, 12, 31) };
}

// An id may be eleven digits: a file name is output too, masked without the asterisks that some
// file systems refuse.
const outFileName = (id: string) => outputText(id).replace(/\*/g, 'x');

export async function runCalendar(paths: string[], options: CalendarOptions): Promise<void> {
  const asOf = parseAsOf(options.asOf);
  const { from, to } = calendarRange(options, asOf);
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  const isHoliday = norwegianPublicHolidays();
  const entries: CalendarEntry[] = [];
  const folders: string[] = [];
  let invalid = false;
  let bodyKnown = options.body === undefined;
  let partyKnown = options.party === undefined;
  for (const loaded of workspace.agreements) {
    const data = loaded.data;
    if (!data || loaded.findings.some((f) => f.severity === 'error')) {
      invalid = true;
      process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path: loaded.display }))}\n`);
      continue;
    }
    const { agreement } = data;
    const bodies = Object.keys(agreement.governance.bodies);
    const groups = data.workingGroups.map((g) => g.id);
    if (options.body !== undefined && [...bodies, ...groups].includes(options.body)) bodyKnown = true;
    if (options.party !== undefined && agreement.parties.some((p) => p.id === options.party))
      partyKnown = true;
    const state = agreementState(agreement, asOf, workspace.known);
    const events = yearPlan({
      data,
      asOf,
      from,
      to,
      days: workingDays(isHoliday, agreement.governance.calendar),
      live: state === 'active' || state === 'expiring',
    }).filter(
      (e) =>
        (options.body === undefined || e.body === options.body) &&
        (options.party === undefined || involves(agreement, e.party, options.party, e.date)),
    );
    folders.push(loaded.display);
    entries.push({
      id: agreement.id,
      title: agreement.title,
      events,
      names: namesOf(data),
      bodies,
      groups,
      facts: recordedFacts(data),
    });
  }
  if (!bodyKnown) throw new UsageError({ id: 'calendar.unknown-body', params: { body: options.body ?? '' } });
  if (!partyKnown)
    throw new UsageError({ id: 'calendar.unknown-party', params: { party: options.party ?? '' } });
  const view: CalendarView = {
    asOf,
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
  process.exitCode = invalid ? 1 : 0;
}
