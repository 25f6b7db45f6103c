import { roleOverrideMessages } from '../i18n/rules/role-override.js';
import type { RuleFinding } from '../model/finding.js';
import { ref } from '../model/finding.js';
import { periodFromLabel } from '../time/period-label.js';
import { roleOwners } from './role-owners.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 12: overrides are one-off exceptions by period; each must be able to apply.
export const roleOverrideRule: DataRule<typeof roleOverrideMessages> = {
  id: 'role-override',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'workingGroups'],
  description:
    "An override's period exists (a period label or an interval of two dates) and lies in the agreement's validity, and its role and holder exist (SPEC section 12).",
  messages: roleOverrideMessages,
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
