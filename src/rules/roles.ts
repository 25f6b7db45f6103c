import { type RuleFinding, ref } from '../model/finding.js';
import type { Agreement, Role } from '../model/index.js';
import { type RoleOwnerAt, roleOwners } from './role-owners.js';
import { type DataRule, type Report, reporter } from './rule.js';

const FORMS = ['rotate', 'fixed', 'same', 'opposite'] as const;

// SPEC section 12: each role is one of the forms, and names parties, sides and roles that exist.
export const rolesRule: DataRule = {
  id: 'roles',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'workingGroups'],
  description:
    'Each role is exactly one of rotate (with every and from, or per: meeting), fixed, same and opposite; its order, fixed holder and the roles it follows exist; opposite needs exactly two sides (SPEC section 12).',
  messages: {
    'roles.form': {
      nb: 'Rollen «{role}» i {body} må ha nøyaktig én av «rotate», «fixed», «same» og «opposite»',
      nn: 'Rolla «{role}» i {body} må ha nøyaktig éin av «rotate», «fixed», «same» og «opposite»',
      en: 'Role "{role}" of {body} needs exactly one of rotate, fixed, same and opposite',
    },
    'roles.rotate-form': {
      nb: 'Rollen «{role}» i {body} går på omgang: skriv enten «every» og «from» (en periode) eller «per: meeting» (hvert møte)',
      nn: 'Rolla «{role}» i {body} går på omgang: skriv anten «every» og «from» (ein periode) eller «per: meeting» (kvart møte)',
      en: 'Role "{role}" of {body} rotates: give either every and from (a term) or per: meeting',
    },
    'roles.stray-key': {
      nb: '«{key}» hører bare til en rolle som går på omgang («rotate»)',
      nn: '«{key}» høyrer berre til ei rolle som går på omgang («rotate»)',
      en: '{key} belongs only to a rotating role (rotate)',
    },
    'roles.no-sides': {
      nb: 'Rollen «{role}» i {body} går på omgang mellom sider, men avtalen har ingen «sides»',
      nn: 'Rolla «{role}» i {body} går på omgang mellom sider, men avtalen har ingen «sides»',
      en: 'Role "{role}" of {body} rotates between sides, but the agreement has no sides',
    },
    'roles.unknown-member': {
      nb: '«{id}» er ikke en {kind} i avtalen',
      nn: '«{id}» er ikkje ein {kind} i avtalen',
      en: '"{id}" is not a {kind} of the agreement',
    },
    'roles.order-duplicate': {
      nb: '«{id}» står to ganger i rekkefølgen',
      nn: '«{id}» står to gonger i rekkjefølgja',
      en: '"{id}" is listed twice in the order',
    },
    'roles.unknown-role': {
      nb: '{body} har ingen annen rolle «{target}»',
      nn: '{body} har inga anna rolle «{target}»',
      en: '{body} has no other role "{target}"',
    },
    'roles.circle': {
      nb: 'Rollen «{role}» i {body} viser i ring til seg selv gjennom «same» eller «opposite»',
      nn: 'Rolla «{role}» i {body} viser i ring til seg sjølv gjennom «same» eller «opposite»',
      en: 'Role "{role}" of {body} refers back to itself through same or opposite',
    },
    'roles.opposite-sides': {
      nb: '«opposite» trenger nøyaktig to sider (eller to parter når avtalen ikke har sider); avtalen har {n}',
      nn: '«opposite» treng nøyaktig to sider (eller to partar når avtalen ikkje har sider); avtalen har {n}',
      en: 'opposite needs exactly two sides (or two parties when the agreement has no sides); the agreement has {n}',
    },
  },
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
  const at = [...owner.path, 'roles', role];
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
    if (!term && !meeting) out.push(report(owner.file, at, 'roles.rotate-form', params));
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
