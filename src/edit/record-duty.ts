import type { CalendarDate } from '../dates.js';
import { appendToFile } from './append-file.js';
import { type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';
import { compact } from './record-meeting.js';
import { dutyFor, planDecision } from './record-minutes.js';
import { itemStyleAt } from './record-style.js';

// SPEC sections 13 and 14: `record duty`. Done outside a meeting, an entry in duties.yaml (the
// file is made when it is not there); done by a meeting, a decision that fulfils it, in that
// meeting. A duty `at` a body is done only by a decision of that body.

export interface DutyRequest {
  duty: string;
  date: CalendarDate;
  meeting?: string;
  note?: string;
}

export function planDuty(ctx: RecordContext, req: DutyRequest): Outcome {
  const duty = dutyFor(ctx, req.duty, req.meeting);
  if (req.meeting)
    return planDecision(ctx, { meeting: req.meeting, text: req.note ?? duty.title, fulfils: duty.id });
  if (duty.at) {
    const body = ctx.data.agreement.governance.bodies[duty.at]?.name ?? duty.at;
    throw usage('edit.duty-needs-meeting', { id: duty.id, body });
  }
  const fields = { note: req.note };
  const same = ctx.data.duties.find((d) => d.duty === duty.id && d.date === req.date);
  if (same) return alreadyThere('duty', `${duty.id} ${req.date}`, same, fields);
  const file = 'duties.yaml';
  const entry = compact({ duty: duty.id, date: req.date, ...fields });
  // In the style of the entries there (most write one line each), or a new file.
  const edit =
    ctx.text(file) === null
      ? appendToFile(ctx, file, 'duties', 'done', entry)
      : ctx
          .edit(file)
          .append(['done'], entry, itemStyleAt(ctx.text(file), ['done'], 'flow'))
          .done();
  return {
    kind: 'change',
    change: { edits: [edit], summary: message('edit.duty-added', { id: duty.id, file }) },
  };
}
