import type { PathSegment } from '../model/finding.js';
import type { AgreementData, Override, Role } from '../model/index.js';
import { AGREEMENT, WORKING_GROUPS } from './lookup.js';

/** A body or working group with roles (SPEC section 12), and where it is written. */
export interface RoleOwnerAt {
  id: string;
  name: string;
  file: string;
  path: PathSegment[];
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
  return [...bodies, ...groups].filter((o) => Object.keys(o.roles).length > 0 || o.overrides.length > 0);
}
