import type { CalendarDate } from '../dates.js';
import { leavingDay } from '../domain/withdrawal.js';
import type { Message } from '../i18n/message.js';
import { namesOf } from '../names/names.js';
import { type Outcome, usage } from './change.js';
import type { RecordContext } from './context.js';
import { alreadyThere, message } from './existing.js';

const AGREEMENT = 'agreement.yaml';

/**
 * SPEC sections 13 and 14: a party's written notice of withdrawal is `notice: D` on the party.
 * One notice a party: the same date again changes nothing, another date is a conflict (a
 * withdrawn notice is removed by editing the file, so that nobody does it by accident).
 */
export function planWithdrawal(ctx: RecordContext, req: { party: string; date: CalendarDate }): Outcome {
  const { agreement } = ctx.data;
  const index = agreement.parties.findIndex((p) => p.id === req.party);
  const party = agreement.parties[index];
  if (!party)
    throw usage('edit.no-party', { id: req.party, parties: agreement.parties.map((p) => p.id).join(', ') });
  if (party.notice) return alreadyThere('withdrawal', req.party, party, { notice: req.date });
  const edit = ctx.edit(AGREEMENT).set(['parties', index, 'notice'], req.date).done();
  const name = namesOf(ctx.data).party(req.party);
  const summary = message('edit.withdrawal-added', {
    party: name,
    date: { date: req.date },
    file: AGREEMENT,
  });
  const terms = agreement.governance.withdrawal;
  const leaves = terms ? leavingDay(terms, req.date) : null;
  // Say what the notice comes to, or that without terms it comes to nothing (section 13).
  const note: Message = leaves
    ? message('edit.withdrawal-leaves', { party: name, date: { date: party.left ?? leaves } })
    : message('edit.withdrawal-no-terms');
  return { kind: 'change', change: { edits: [edit], summary, notes: [note] } };
}
