import { meetingParam } from '../domain/tracks-other.js';
import { retirementMessages } from '../i18n/rules/retirement.js';
import { closest } from '../load/suggest.js';
import type { RuleFinding } from '../model/finding.js';
import { meetingsById } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 14: `retired: { date, meeting, replacedBy }` on an action plan. The successor is
// another plan of the agreement; a meeting that retired a plan was held, on the retirement date.
// An unknown meeting id is the reference rule's.
export const retirementRule: DataRule<typeof retirementMessages> = {
  id: 'retirement',
  scope: 'data',
  severity: 'error',
  needs: ['actionPlan', 'meetings'],
  description:
    "A retired plan's retired.replacedBy names another action plan, and retired.meeting is a held meeting on retired.date (SPEC section 14).",
  messages: retirementMessages,
  check({ data }) {
    const report = reporter(this);
    const meetings = meetingsById(data);
    const plans = data.actionPlans.map((p) => p.value.id);
    const out: RuleFinding[] = [];
    for (const { file, value: plan } of data.actionPlans) {
      const retired = plan.retired;
      if (!retired) continue;
      if (plan.status !== 'retired')
        out.push(report(file, ['retired'], 'retirement.not-retired', { status: plan.status }));
      const successor = retired.replacedBy;
      if (successor === plan.id)
        out.push(report(file, ['retired', 'replacedBy'], 'retirement.replaced-by-self', { id: successor }));
      else if (successor && !plans.includes(successor)) {
        const suggestion = closest(
          successor,
          plans.filter((p) => p !== plan.id),
        );
        out.push(
          suggestion
            ? report(file, ['retired', 'replacedBy'], 'retirement.replaced-by-unknown-suggest', {
                id: successor,
                suggestion,
              })
            : report(file, ['retired', 'replacedBy'], 'retirement.replaced-by-unknown', { id: successor }),
        );
      }
      const found = retired.meeting ? meetings.get(retired.meeting) : undefined;
      if (!found) continue;
      const { meeting } = found;
      if (meeting.status !== 'held')
        out.push(
          report(file, ['retired', 'meeting'], 'retirement.not-held', {
            meeting: meetingParam(data, meeting, { byDate: true }),
            status: meeting.status,
          }),
        );
      else if (meeting.date !== retired.date)
        out.push(
          report(file, ['retired', 'date'], 'retirement.wrong-date', {
            date: { date: retired.date },
            meeting: meetingParam(data, meeting, { byDate: true }),
          }),
        );
    }
    return out;
  },
};
