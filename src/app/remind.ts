import { addDays } from '../dates.js';
import { DEFAULT_REMIND_DAYS } from '../engine/status.js';
import type { Workspace } from '../load/workspace.js';
import { type Names, namesOf } from '../names/names.js';
import { recordedFacts } from '../plan/facts.js';
import type { IsHoliday } from '../plan/working-days.js';
import type { Reminder } from '../remind/reminder.js';
import { reminders } from '../remind/reminders.js';
import { type WithdrawnReminder, withdrawnReminders } from '../remind/withdrawn.js';
import type { RunSpec } from './spec.js';
import { answerFor, usable } from './status.js';

export interface RemindEntry {
  id: string;
  title: string;
  reminders: Reminder[];
  /** Days before the event that the calendar alarm fires: the agreement's remindDaysBefore. */
  alarmDays: number;
  names: Names;
  /** How much the agreement has recorded (src/plan/facts.ts): part of the ICS SEQUENCE. */
  facts?: number;
  /**
   * Reminders resolved within the window (SPEC section 14), none of them reminded of again: the
   * ICS file withdraws them (STATUS:CANCELLED); the other formats leave them out.
   */
  withdrawn?: WithdrawnReminder[];
}

export interface RemindResult {
  entries: RemindEntry[];
  /** The agreement folder (as shown) of each entry: output files are named by id and folder. */
  folders: string[];
  /** Folders of agreements that could not be read: said on stderr, exit 1. */
  invalid: string[];
}

/** `samarbeid remind` as a use case: the reminders of every agreement, from the occurrences status reads. */
export function remindOf(
  workspace: Workspace,
  spec: Pick<RunSpec, 'asOf'>,
  within: number | undefined,
  isHoliday: IsHoliday,
): RemindResult {
  const result: RemindResult = { entries: [], folders: [], invalid: [] };
  for (const loaded of workspace.agreements) {
    const data = usable(loaded);
    if (!data) {
      result.invalid.push(loaded.display);
      continue;
    }
    // Slots made up to the window's end, as the feed makes them up to its own: a meeting planned
    // in the next period, within the window, then has the slot's UID in both files, on every day.
    const until = addDays(
      spec.asOf,
      within ?? data.agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS,
    );
    const { tracks, status } = answerFor(data, workspace, spec.asOf, until);
    result.folders.push(loaded.display);
    const active = reminders({ data, status, asOf: spec.asOf, within, isHoliday, tracks });
    const reminded = new Set(active.map((r) => r.uidKey ?? r.key));
    result.entries.push({
      id: status.id,
      title: status.title,
      reminders: active,
      withdrawn: withdrawnReminders({ data, asOf: spec.asOf, within, tracks, until }).filter(
        (w) => !reminded.has(w.uidKey),
      ),
      facts: recordedFacts(data),
      alarmDays: data.agreement.governance.remindDaysBefore ?? DEFAULT_REMIND_DAYS,
      names: namesOf(data),
    });
  }
  return result;
}
