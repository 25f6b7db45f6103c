import { dutiesMessages } from '../i18n/rules/duties.js';
import { parseCadence } from '../model/cadence.js';
import { allMeetings } from '../model/index.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: governance.duties and what does them. A duty `at` a body is done only by a
// decision of a held meeting of that body, so a body that is unknown or never meets could never
// do it, and a decision or entry that points elsewhere would do nothing while looking done.
export const dutiesRule: DataRule<typeof dutiesMessages> = {
  id: 'duties',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'meetings', 'duties'],
  description:
    'A duty is done where it can be: its body exists and meets, and what fulfils it names it rightly.',
  messages: dutiesMessages,
  check({ data }) {
    const report = reporter(this);
    const { bodies } = data.agreement.governance;
    const duties = data.agreement.governance.duties ?? [];
    const byId = new Map(duties.map((d) => [d.id, d]));
    const out = [];
    for (const [index, duty] of duties.entries()) {
      if (!duty.at) continue;
      const path = ['governance', 'duties', index, 'at'];
      const body = bodies[duty.at];
      if (!body)
        out.push(report('agreement.yaml', path, 'duties.unknown-body', { duty: duty.id, body: duty.at }));
      else if (!body.meets)
        out.push(
          report('agreement.yaml', path, 'duties.body-does-not-meet', { duty: duty.id, body: body.name }),
        );
    }
    for (const [id, body] of Object.entries(bodies)) {
      if (!body.by || !body.meets) continue;
      const cadence = parseCadence(body.meets);
      if (cadence?.kind === 'period' && cadence.unit === 'year') continue;
      out.push(
        report(
          'agreement.yaml',
          ['governance', 'bodies', id, 'by'],
          'duties.by-not-yearly',
          { body: body.name, meets: body.meets },
          { severity: 'warning' },
        ),
      );
    }
    for (const { meeting, file, index } of allMeetings(data))
      for (const [at, decision] of (meeting.decisions ?? []).entries()) {
        if (!decision.fulfils) continue;
        const path = ['meetings', index, 'decisions', at, 'fulfils'];
        const duty = byId.get(decision.fulfils);
        if (!duty) out.push(report(file, path, 'duties.unknown-duty', { duty: decision.fulfils }));
        else if (duty.at && duty.at !== meeting.body)
          out.push(
            report(file, path, 'duties.other-body', {
              duty: duty.id,
              body: bodies[duty.at]?.name ?? duty.at,
              other: bodies[meeting.body]?.name ?? meeting.body,
            }),
          );
      }
    for (const [index, entry] of data.duties.entries()) {
      const path = ['done', index, 'duty'];
      const duty = byId.get(entry.duty);
      if (!duty) out.push(report('duties.yaml', path, 'duties.unknown-duty', { duty: entry.duty }));
      else if (duty.at)
        out.push(
          report(
            'duties.yaml',
            path,
            'duties.entry-for-body',
            { duty: duty.id, body: bodies[duty.at]?.name ?? duty.at },
            { severity: 'warning' },
          ),
        );
    }
    return out;
  },
};
