import type { Param } from '../i18n/message.js';
import type { PathSegment } from '../model/finding.js';
import type { AgreementData, Override, Role } from '../model/index.js';
import { AGREEMENT, WORKING_GROUPS } from './lookup.js';

/** A body or working group with roles (SPEC section 12), and where it is written. */
export interface RoleOwnerAt {
  id: string;
  name: Param;
  file: string;
  path: PathSegment[];
  /** Where a role is written, when not at `<path>.roles.<role>` (the secretariat's one role). */
  rolePath?: PathSegment[];
  roles: Record<string, Role>;
  overrides: Override[];
  /** Section 2's `host` and `rotation`, which bodies alone have. */
  host?: string | null;
  rotation?: string[] | null;
}

/** The bodies and working groups that declare roles or overrides, in file order. */
export function roleOwners(data: AgreementData): RoleOwnerAt[] {
  const bodies = Object.entries(data.agreement.governance.bodies).map(([id, b]) => ({
    id,
    name: b.name,
    file: AGREEMENT,
    path: ['governance', 'bodies', id] as PathSegment[],
    roles: b.roles ?? {},
    overrides: b.overrides ?? [],
    host: b.host,
    rotation: b.rotation,
  }));
  const groups = data.workingGroups.map((g, i) => ({
    id: g.id,
    name: g.name,
    file: WORKING_GROUPS,
    path: ['workingGroups', i] as PathSegment[],
    roles: g.roles ?? {},
    overrides: g.overrides ?? [],
  }));
  // SPEC section 13: a rotating secretariat is one role, written at governance.secretariat.
  const role = data.agreement.governance.secretariat;
  const secretariat = role
    ? [
        {
          id: 'secretariat',
          name: { ref: 'roles.owner.secretariat' } as const,
          file: AGREEMENT,
          path: ['governance'] as PathSegment[],
          rolePath: ['governance', 'secretariat'] as PathSegment[],
          roles: { secretariat: role },
          overrides: [],
        },
      ]
    : [];
  return [...bodies, ...groups, ...secretariat].filter(
    (o) => Object.keys(o.roles).length > 0 || o.overrides.length > 0,
  );
}
