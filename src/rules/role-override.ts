import { periodFromLabel } from '../engine/period-label.js';
import type { RuleFinding } from '../model/finding.js';
import { ref } from '../model/finding.js';
import { roleOwners } from './role-owners.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 12: overrides are one-off exceptions by period; each must be able to apply.
export const roleOverrideRule: DataRule = {
  id: 'role-override',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'workingGroups'],
  description:
    "An override's period exists (a period label or an interval of two dates) and lies in the agreement's validity, and its role and holder exist (SPEC section 12).",
  messages: {
    'role-override.period': {
      nb: 'Perioden «{period}» finnes ikke; bruk som «2024», «2024-H1», «2024-T2», «2024-Q3», «2024-05» eller «2024-01-01/2024-06-30»',
      nn: 'Perioden «{period}» finst ikkje; bruk som «2024», «2024-H1», «2024-T2», «2024-Q3», «2024-05» eller «2024-01-01/2024-06-30»',
      en: 'There is no period "{period}"; use forms like "2024", "2024-H1", "2024-T2", "2024-Q3", "2024-05" or "2024-01-01/2024-06-30"',
    },
    'role-override.outside': {
      nb: 'Perioden «{period}» ligger utenfor tiden avtalen gjelder',
      nn: 'Perioden «{period}» ligg utanfor tida avtalen gjeld',
      en: 'The period "{period}" lies outside the time the agreement applies',
    },
    'role-override.role': {
      nb: '{body} har ingen rolle «{role}»',
      nn: '{body} har inga rolle «{role}»',
      en: '{body} has no role "{role}"',
    },
    'role-override.holder': {
      nb: '«{id}» er ikke en {kind} i avtalen',
      nn: '«{id}» er ikkje ein {kind} i avtalen',
      en: '"{id}" is not a {kind} of the agreement',
    },
  },
  check({ data }) {
    const report = reporter(this);
    const { agreement } = data;
    const { from, until } = agreement.validity;
    const holders = new Set([
      ...agreement.parties.map((p) => p.id),
      ...(agreement.sides ?? []).map((s) => s.id),
    ]);
    return roleOwners(data).flatMap((owner) =>
      owner.overrides.flatMap((o, i) => {
        const at = [...owner.path, 'overrides', i];
        const out: RuleFinding[] = [];
        const label = String(o.period);
        const period = periodFromLabel(label);
        if (!period)
          out.push(report(owner.file, [...at, 'period'], 'role-override.period', { period: label }));
        else if (period.end < from || (until && period.start >= until))
          out.push(report(owner.file, [...at, 'period'], 'role-override.outside', { period: label }));
        // Section 2's host: rotate is a host role too.
        const roles = new Set([...Object.keys(owner.roles), ...(owner.host === 'rotate' ? ['host'] : [])]);
        if (!roles.has(o.role))
          out.push(
            report(owner.file, [...at, 'role'], 'role-override.role', { body: owner.name, role: o.role }),
          );
        if (!holders.has(o.holder))
          out.push(
            report(owner.file, [...at, 'holder'], 'role-override.holder', {
              id: o.holder,
              kind: ref('kind.party-or-side'),
            }),
          );
        return out;
      }),
    );
  },
};
