import { meetingsById } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 4: action plans "vedtas i møter på mellomledernivå" — a held meeting of a body that adopts.
export const adoptionRule: DataRule = {
  id: 'adoption',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'actionPlan', 'meetings'],
  description:
    "An adopted plan's adopted.meeting is a held meeting, on the adoption date, of a body with adopts: true (clause 4).",
  messages: {
    'adoption.missing': {
      nb: 'Planen er vedtatt («status: adopted»), men mangler «adopted.date» og «adopted.meeting»',
      nn: 'Planen er vedteken («status: adopted»), men manglar «adopted.date» og «adopted.meeting»',
      en: 'The plan has status adopted but no adopted.date and adopted.meeting',
    },
    'adoption.no-meeting': {
      nb: 'Oppgi møtet som vedtok planen («adopted.meeting»)',
      nn: 'Oppgi møtet som vedtok planen («adopted.meeting»)',
      en: 'Name the meeting that adopted the plan (adopted.meeting)',
    },
    'adoption.not-held': {
      nb: 'Møtet {meeting} som vedtok planen, er ikke registrert som holdt («status: {status}»)',
      nn: 'Møtet {meeting} som vedtok planen, er ikkje registrert som halde («status: {status}»)',
      en: 'Meeting {meeting}, which adopted the plan, is not recorded as held (status: {status})',
    },
    'adoption.wrong-date': {
      nb: 'Vedtaksdatoen {date} er ikke datoen for møtet {meeting} ({meetingDate})',
      nn: 'Vedtaksdatoen {date} er ikkje datoen for møtet {meeting} ({meetingDate})',
      en: 'The adoption date {date} is not the date of meeting {meeting} ({meetingDate})',
    },
    'adoption.body-cannot-adopt': {
      nb: 'Møtet {meeting} er et møte i {body}, som ikke vedtar planer («adopts: true» mangler)',
      nn: 'Møtet {meeting} er eit møte i {body}, som ikkje vedtek planar («adopts: true» manglar)',
      en: 'Meeting {meeting} is a meeting of {body}, which does not adopt plans (no adopts: true)',
    },
  },
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
      if (meeting.status !== 'held')
        out.push(report(file, at, 'adoption.not-held', { meeting: meeting.id, status: meeting.status }));
      if (meeting.date !== adopted.date) {
        out.push(
          report(file, ['adopted', 'date'], 'adoption.wrong-date', {
            date: { date: adopted.date },
            meeting: meeting.id,
            meetingDate: { date: meeting.date },
          }),
        );
      }
      const body = data.agreement.governance.bodies[meeting.body];
      if (!body?.adopts)
        out.push(report(file, at, 'adoption.body-cannot-adopt', { meeting: meeting.id, body: meeting.body }));
    }
    return out;
  },
};
