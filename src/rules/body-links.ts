import { bodyLinksMessages } from '../i18n/rules/body-links.js';
import type { RuleFinding } from '../model/finding.js';
import { AGREEMENT, WORKING_GROUPS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: `bodies.<id>.prepares` ("SSU er programkomité for partnarskapsmøtet") and
// `reportsTo` of bodies and working groups name another body of governance.bodies. A body that
// prepares the meetings of one without `meets` is a warning: its meetings are then only those
// recorded, and nothing says when the next one is due.
export const bodyLinksRule: DataRule<typeof bodyLinksMessages> = {
  id: 'body-links',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'workingGroups'],
  description:
    'A prepares or reportsTo names another body of governance.bodies, and a prepared body has meets (SPEC section 13).',
  messages: bodyLinksMessages,
  check({ data }) {
    const report = reporter(this);
    const governance = data.agreement.governance;
    const bodies = governance.bodies;
    const out: RuleFinding[] = [];
    const judge = (
      file: string,
      path: Array<string | number>,
      owner: string,
      ownId: string,
      target: string,
    ) => {
      const key = String(path.at(-1) === 'body' ? 'prepares' : path.at(-1));
      if (target === ownId) out.push(report(file, path, 'body-links.self', { owner, key }));
      else if (!bodies[target]) out.push(report(file, path, 'body-links.unknown', { owner, key, target }));
      else return true;
      return false;
    };
    for (const [id, body] of Object.entries(bodies)) {
      const at = ['governance', 'bodies', id];
      const prepares = body.prepares;
      if (prepares && judge(AGREEMENT, [...at, 'prepares', 'body'], body.name, id, prepares.body)) {
        const target = bodies[prepares.body]!;
        if (target.meets === undefined)
          out.push(
            report(
              AGREEMENT,
              [...at, 'prepares', 'body'],
              'body-links.no-meets',
              { owner: body.name, target: target.name },
              { severity: 'warning' },
            ),
          );
      }
      if (body.reportsTo) judge(AGREEMENT, [...at, 'reportsTo'], body.name, id, body.reportsTo);
    }
    const all = governance.workingGroups?.reportsTo;
    if (all)
      judge(AGREEMENT, ['governance', 'workingGroups', 'reportsTo'], 'governance.workingGroups', '', all);
    data.workingGroups.forEach((g, i) => {
      if (g.reportsTo) judge(WORKING_GROUPS, ['workingGroups', i, 'reportsTo'], g.name, g.id, g.reportsTo);
    });
    return out;
  },
};
