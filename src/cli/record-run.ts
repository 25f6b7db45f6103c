import { createTwoFilesPatch } from 'diff';
import { type Planner, recordChange } from '../app/record.js';
import type { Change } from '../edit/change.js';
import type { Lang } from '../i18n/catalogue.js';
import { render } from '../i18n/index.js';
import { terminalSafe } from '../output/sanitize.js';
import { type GlobalOptions, makeChalk, pickLang, translator } from './context.js';
import { refusalText } from './record-findings.js';
import { specFrom } from './spec.js';

export { meetingPathRef, meetingRef } from '../edit/meeting-ref.js';
export { planAdopt } from '../edit/record-adopt.js';
export { planApproval } from '../edit/record-approval.js';
export { planAttendance } from '../edit/record-attendance.js';
export { planCancel } from '../edit/record-cancel.js';
export { planDuty } from '../edit/record-duty.js';
export { planDone, planEvaluation, planReport } from '../edit/record-follow-up.js';
export { planGroup } from '../edit/record-group.js';
export { planMeeting } from '../edit/record-meeting.js';
export { planAction, planDecision, planMinutes } from '../edit/record-minutes.js';
export { planMove } from '../edit/record-move.js';
export { planContact, planPerson } from '../edit/record-person.js';
export { planMeasure, planPlan } from '../edit/record-plan.js';
export { planArea, planSubAgreement } from '../edit/record-register.js';
export { planRemove } from '../edit/record-remove.js';
export { planRetire } from '../edit/record-retire.js';
export { planMember, planSecretariat } from '../edit/record-secretariat.js';
export { planUndo } from '../edit/record-undo.js';
export { planWithdrawal } from '../edit/record-withdrawal.js';

export interface RecordCommon extends GlobalOptions {
  asOf?: string;
  dryRun?: boolean;
}

export type { Planner } from '../app/record.js';

/** Every record command: the use case (src/app/record.ts), then what it came to, said. */
export async function runRecord(folder: string, options: RecordCommon, plan: Planner): Promise<void> {
  const { asOf } = specFrom(options);
  const result = await recordChange(folder, asOf, plan, { dryRun: Boolean(options.dryRun) });
  const lang = pickLang(options.lang, [result.language]);
  const t = translator(lang);
  const say = (text: string) => process.stderr.write(`samarbeid: ${terminalSafe(text)}\n`);
  if (result.using) say(render(result.using, lang));
  switch (result.kind) {
    case 'unreadable':
      process.stdout.write(refusalText(result.findings, [], lang, makeChalk(options)));
      say(t('edit.agreement-unreadable'));
      process.exitCode = 1;
      return;
    case 'refused':
      say(render(result.message, lang));
      process.exitCode = 1;
      return;
    case 'already':
      process.stdout.write(`${terminalSafe(render(result.message, lang))}\n`);
      return;
    case 'adds-errors':
      process.stdout.write(refusalText(result.findings, result.changed, lang, makeChalk(options)));
      say(t('edit.would-add-errors', { n: result.findings.length }));
      if (result.findings.some((f) => f.rule === 'held-in-future')) say(t('edit.hint-planned'));
      process.exitCode = 1;
      return;
    case 'dry-run':
    case 'written':
      if (result.errorsBefore > 0) say(t('edit.errors-before', { n: result.errorsBefore }));
      if (result.kind === 'dry-run') process.stdout.write(diffOf(result.change));
      else report(result.change, lang);
      return;
    default: {
      const never: never = result;
      throw new Error(`unknown record result ${JSON.stringify(never)}`);
    }
  }
}

function report(change: Change, lang: Lang): void {
  const lines = [change.summary, ...(change.notes ?? [])].map((m) => terminalSafe(render(m, lang)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

// The diff shows the file's own text; control characters in it are made visible, line by line.
function diffOf(change: Change): string {
  return change.edits
    .map((e) => createTwoFilesPatch(`a/${e.file}`, `b/${e.file}`, e.before ?? '', e.after))
    .join('')
    .split('\n')
    .map((line) => terminalSafe(line.replace(/\r$/, '')))
    .join('\n');
}
