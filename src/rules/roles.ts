import { rolesMessages } from '../i18n/rules/roles.js';
import { type RuleFinding, ref } from '../model/finding.js';
import type { Agreement, Role } from '../model/index.js';
import { type RoleOwnerAt, roleOwners } from './role-owners.js';
import { type DataRule, type Report, reporter } from './rule.js';

const FORMS = ['rotate', 'fixed', 'same', 'opposite'] as const;

// SPEC section 12: each role is one of the forms, and names parties, sides and roles that exist.
export const rolesRule: DataRule<typeof rolesMessages> = {
  id: 'roles',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'workingGroups'],
  description:
    'Each role is exactly one of rotate (with every and from, or per: meeting), fixed, same and opposite; its order, fixed holder and the roles it follows exist; opposite needs exactly two sides (SPEC section 12).',
  messages: rolesMessages,
  check({ data }) {
    const report = reporter(this);
    return roleOwners(data).flatMap((owner) =>
      Object.entries(owner.roles).flatMap(([role, spec]) =>
        checkRole(report, data.agreement, owner, role, spec),
      ),
    );
  },
};

function checkRole(
  report: Report,
  agreement: Agreement,
  owner: RoleOwnerAt,
  role: string,
  spec: Role,
): RuleFinding[] {
  const at = owner.rolePath ?? [...owner.path, 'roles', role];
  const params = { role, body: owner.name };
  const out: RuleFinding[] = [];
  const forms = FORMS.filter((f) => spec[f] != null);
  if (forms.length !== 1) return [report(owner.file, at, 'roles.form', params)];
  for (const key of ['every', 'from', 'per', 'order'] as const)
    if (!spec.rotate && spec[key] != null)
      out.push(report(owner.file, [...at, key], 'roles.stray-key', { key }));
  const sides = agreement.sides ?? [];
  const parties = agreement.parties.map((p) => p.id);
  if (spec.rotate) {
    const term = spec.every != null && spec.from != null && spec.per == null;
    const meeting = spec.per != null && spec.every == null && spec.from == null;
    // A secretariat serves between meetings: it rotates by term, never by meeting.
    if (owner.rolePath && !term)
      out.push(report(owner.file, spec.per != null ? [...at, 'per'] : at, 'roles.secretariat-term', {}));
    else if (!term && !meeting) out.push(report(owner.file, at, 'roles.rotate-form', params));
    if (spec.rotate === 'sides' && sides.length === 0)
      out.push(report(owner.file, [...at, 'rotate'], 'roles.no-sides', params));
    const known = spec.rotate === 'sides' ? sides.map((s) => s.id) : parties;
    const kind = ref(spec.rotate === 'sides' ? 'kind.side' : 'kind.party');
    const seen = new Set<string>();
    (spec.order ?? []).forEach((id, i) => {
      if (!known.includes(id) && (spec.rotate === 'parties' || sides.length > 0))
        out.push(report(owner.file, [...at, 'order', i], 'roles.unknown-member', { id, kind }));
      if (seen.has(id)) out.push(report(owner.file, [...at, 'order', i], 'roles.order-duplicate', { id }));
      seen.add(id);
    });
  }
  if (spec.fixed && !parties.includes(spec.fixed) && !sides.some((s) => s.id === spec.fixed))
    out.push(
      report(owner.file, [...at, 'fixed'], 'roles.unknown-member', {
        id: spec.fixed,
        kind: ref('kind.party-or-side'),
      }),
    );
  const target = spec.same ?? spec.opposite;
  const key = spec.same ? 'same' : 'opposite';
  if (target && (target === role || !owner.roles[target]))
    out.push(report(owner.file, [...at, key], 'roles.unknown-role', { body: owner.name, target }));
  else if (target && circles(owner.roles, role))
    out.push(report(owner.file, [...at, key], 'roles.circle', params));
  if (spec.opposite) {
    const n = sides.length > 0 ? sides.length : parties.length;
    if (n !== 2) out.push(report(owner.file, [...at, 'opposite'], 'roles.opposite-sides', { n }));
  }
  return out;
}

/** Whether following same/opposite from `role` comes back to it. */
function circles(roles: Record<string, Role>, role: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = role; at; ) {
    const next: string | null | undefined = roles[at]?.same ?? roles[at]?.opposite;
    if (next === role) return true;
    if (!next || seen.has(next)) return false;
    seen.add(next);
    at = next;
  }
  return false;
}
