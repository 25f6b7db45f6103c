import type { CalendarDate } from '../dates.js';
import { DEFAULT_REMIND_DAYS } from '../engine/status.js';
import { render } from '../i18n/index.js';
import type { Message } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { outputText } from '../output/emit.js';
import { REMIND_EXTENSIONS, type RemindEntry, type RemindView, remindFormatter } from '../output/remind.js';
import { terminalSafe } from '../output/sanitize.js';
import { recordedFacts } from '../plan/facts.js';
import { type IsHoliday, workingDays } from '../plan/working-days.js';
import { yearPlan } from '../plan/year-plan.js';
import { norwegianPublicHolidays } from '../remind/norwegian-holidays.js';
import type { Reminder } from '../remind/reminder.js';
import { reminders } from '../remind/reminders.js';
import { makeChalk, parseAsOf, translator, UsageError } from './context.js';
import { csvOptions } from './csv-options.js';
import { openFor } from './open.js';
import type { RemindOptions } from './remind.js';
import { writeOutFiles } from './remind-out.js';
import { statusEntries } from './status.js';

// An id may be eleven digits (ids are kebab-case): a file name is output too, masked without the
// asterisks that some file systems refuse.
const outFileName = (id: string) => outputText(id).replace(/\*/g, 'x');

// Days ahead: more than 27 years is a typing error, and the message says where the limit is.
const MAX_WITHIN = 9999;

function parseWithin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value))
    throw new UsageError({
      id: 'cli.bad-number',
      params: { option: '--within', value, min: 0, max: MAX_WITHIN },
    });
  return Number(value);
}

/**
 * Gives each reminder the identity of the same thing in the year plan, so that a reminder and a
 * calendar event for one thing are one event in a calendar (SPEC section 9): a planned meeting by
 * its id, a deadline by its subject and deadline.
 */
function withPlanIdentities(
  data: AgreementData,
  asOf: CalendarDate,
  list: Reminder[],
  isHoliday: IsHoliday,
): Reminder[] {
  const days = list
    .flatMap((r) => [r.date, r.deadline, r.suggested])
    .filter((d): d is CalendarDate => d !== null);
  if (days.length === 0) return list;
  const sorted = [...days, asOf].sort();
  const events = yearPlan({
    data,
    asOf,
    from: sorted[0]!,
    to: sorted.at(-1)!,
    days: workingDays(isHoliday, data.agreement.governance.calendar),
    live: true,
  });
  return list.map((r) => {
    const event = r.meeting
      ? events.find((e) => e.kind === 'meeting' && e.meeting === r.meeting)
      : events.find(
          (e) =>
            e.subject === r.subject &&
            e.deadline === r.deadline &&
            (e.kind === 'deadline' || e.kind === 'proposed') &&
            e.status !== 'done',
        );
    return event ? { ...r, uidKey: event.key } : r;
  });
}

export async function runRemind(paths: string[], options: RemindOptions): Promise<void> {
  const asOf = parseAsOf(options.asOf);
  const within = parseWithin(options.within);
  const csv = csvOptions(options.delimiter);
  const { workspace, lang } = await openFor(paths, options);
  const t = translator(lang);
  const isHoliday = norwegianPublicHolidays();
  const entries: RemindEntry[] = [];
  const folders: string[] = [];
  let invalid = false;
  statusEntries(workspace, asOf).forEach(({ path, status, names }, i) => {
    const data = workspace.agreements[i]?.data;
    if (!status || !data) {
      invalid = true;
      process.stderr.write(`samarbeid: ${terminalSafe(t('status.invalid', { path }))}\n`);
      return;
    }
    folders.push(path);
    const found = reminders({ data, status, asOf, within, isHoliday });
    entries.push({
      id: status.id,
      title: status.title,
      reminders: withPlanIdentities(data, asOf, found, isHoliday),
      facts: recordedFacts(data),
      alarmDays: data.agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS,
      names,
    });
  });
  const view: RemindView = {
    asOf,
    entries,
    lang,
    render: (m: Message) => render(m, lang),
    t,
    explain: Boolean(options.explain),
  };
  const format = await remindFormatter(options.format, csv);
  const chalk = makeChalk(options);
  if (!options.out) process.stdout.write(format(view, chalk));
  else {
    const files = entries.map((entry, i) => ({
      id: outFileName(entry.id),
      folder: folders[i] ?? '',
      text: () => outputText(format({ ...view, entries: [entry] }, makeChalk({ color: false }))),
    }));
    for (const path of writeOutFiles(options.out, REMIND_EXTENSIONS[options.format], files))
      process.stderr.write(`${t('cli.wrote', { path })}\n`);
  }
  process.exitCode = invalid ? 1 : 0;
}
