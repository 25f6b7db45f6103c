import { meetingParam } from '../domain/tracks-other.js';
import { adoptionMessages } from '../i18n/rules/adoption.js';
import { meetingsById } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4: action plans "vedtas i møter på mellomledernivå" — a held meeting of a body that adopts.
export const adoptionRule: DataRule<typeof adoptionMessages> = {
  id: 'adoption',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'actionPlan', 'meetings'],
  description:
    "An adopted plan's adopted.meeting is a held meeting, on the adoption date, of a body with adopts: true (clause 4).",
  messages: adoptionMessages,
  check({ data }) {
    const report = reporter(this);
    const meetings = meetingsById(data);
    const out = [];
    for (const { file, value: plan } of data.actionPlans) {
      if (plan.status !== 'adopted') continue;
      const adopted = plan.adopted;
      if (!adopted) {
        out.push(report(file, ['status'], 'adoption.missing'));
        continue;
      }
      if (!adopted.meeting) {
        out.push(report(file, ['adopted'], 'adoption.no-meeting'));
        continue;
      }
      const found = meetings.get(adopted.meeting);
      if (!found) continue; // the reference rule reports it
      const { meeting } = found;
      const at = ['adopted', 'meeting'];
      // By body and date, as status names a meeting: the line the finding points at holds the id.
      const named = meetingParam(data, meeting, { byDate: true });
      if (meeting.status !== 'held')
        out.push(report(file, at, 'adoption.not-held', { meeting: named, status: meeting.status }));
      if (meeting.date !== adopted.date) {
        out.push(
          report(file, ['adopted', 'date'], 'adoption.wrong-date', {
            date: { date: adopted.date },
            meeting: named,
          }),
        );
      }
      if (!data.agreement.governance.bodies[meeting.body]?.adopts)
        out.push(report(file, at, 'adoption.body-cannot-adopt', { meeting: named }));
    }
    return out;
  },
};
