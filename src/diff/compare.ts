import { compareText } from '../compare.js';
import type { Obligation } from '../engine/obligation.js';
import type { Finding } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import type { AgreementChanges, Changes, FindingChanges } from './changes.js';
import { obligationChanges } from './compare-obligations.js';
import {
  actionChanges,
  decisionChanges,
  measureChanges,
  meetingChanges,
  peopleChanges,
  planChanges,
} from './compare-records.js';

// `samarbeid diff`'s comparison (SPEC section 15): two sides, each what the loader, the status
// and validate gave for one revision at the same as-of, compared and nothing computed anew. Pure.

export interface SideAgreement {
  path: string;
  id: string | null;
  title: string | null;
  data: AgreementData | null;
  /** The engine's obligations (src/app/status.ts); none when the data has errors. */
  obligations: readonly Obligation[];
}

export interface Side {
  agreements: readonly SideAgreement[];
  findings: readonly Finding[];
}

/**
 * A finding's identity from revision to revision: its rule, file and message with parameters,
 * never its line, so a line added above does not make it new (as src/output/fingerprint.ts).
 */
const findingKey = (f: Finding) => `${f.rule}\u0000${f.file}\u0000${JSON.stringify(f.message)}`;

function agreementChanges(
  path: string,
  b: SideAgreement | undefined,
  a: SideAgreement | undefined,
): AgreementChanges {
  const base = b?.data ?? null;
  const head = a?.data ?? null;
  return {
    path,
    id: a?.id ?? b?.id ?? null,
    title: a?.title ?? b?.title ?? null,
    change: !b ? 'added' : !a ? 'removed' : 'changed',
    meetings: meetingChanges(base, head),
    decisions: decisionChanges(base, head),
    actions: actionChanges(base, head),
    plans: planChanges(base, head),
    measures: measureChanges(base, head),
    people: peopleChanges(base, head),
    obligations: obligationChanges(b?.obligations ?? [], a?.obligations ?? []),
  };
}

const LISTS = ['meetings', 'decisions', 'actions', 'plans', 'measures', 'people', 'obligations'] as const;

/** Whether an agreement changed at all: an agreement added or removed always has. */
export const hasChanges = (c: AgreementChanges) =>
  c.change !== 'changed' || LISTS.some((k) => c[k].length > 0);

/** Findings by identity, counted: one of two alike resolved is one resolved. */
function findingChanges(base: Side, head: Side): FindingChanges {
  const count = (side: Side) => {
    const n = new Map<string, number>();
    for (const f of side.findings) n.set(findingKey(f), (n.get(findingKey(f)) ?? 0) + 1);
    return n;
  };
  const only = (side: Side, other: Map<string, number>) =>
    side.findings.filter((f) => {
      const key = findingKey(f);
      const left = other.get(key) ?? 0;
      if (left > 0) other.set(key, left - 1);
      return left === 0;
    });
  return { added: only(head, count(base)), resolved: only(base, count(head)) };
}

export function compareSides(base: Side, head: Side): Changes {
  const before = new Map(base.agreements.map((a) => [a.path, a]));
  const after = new Map(head.agreements.map((a) => [a.path, a]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(compareText);
  return {
    agreements: paths.map((p) => agreementChanges(p, before.get(p), after.get(p))).filter(hasChanges),
    findings: findingChanges(base, head),
  };
}
