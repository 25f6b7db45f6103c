import type { Obligation } from '../engine/obligation.js';
import type { ObligationChange, ObligationFacts } from './changes.js';

// Every obligation whose state, deadline or holder differs between the two sides' status (the
// one list of occurrences, section 16, at one as-of): nothing here computes a deadline or a state.

/** Who holds an obligation, as ids; the same value for the same holders on both sides. */
export function holderOf(o: Obligation): string | null {
  const roles = Object.entries(o.roles ?? {})
    .filter(([, held]) => held !== null)
    .map(([role, held]) => `${role}: ${held?.holder}`);
  const parts = [o.named, o.host ?? undefined, o.secretariat, ...roles].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return parts.length > 0 ? parts.join(', ') : null;
}

const factsOf = (o: Obligation): ObligationFacts => ({
  state: o.state,
  deadline: o.deadline,
  holder: holderOf(o),
});

export function obligationChanges(
  base: readonly Obligation[],
  head: readonly Obligation[],
): ObligationChange[] {
  const before = new Map(base.map((o) => [o.subject, o]));
  const after = new Map(head.map((o) => [o.subject, o]));
  return [...new Set([...after.keys(), ...before.keys()])].flatMap((subject): ObligationChange[] => {
    const b = before.get(subject);
    const a = after.get(subject);
    if (a && !b)
      return [{ change: 'added', subject, title: a.title, changed: [], before: null, after: factsOf(a) }];
    if (b && !a)
      return [{ change: 'removed', subject, title: b.title, changed: [], before: factsOf(b), after: null }];
    if (!a || !b) return [];
    const was = factsOf(b);
    const is = factsOf(a);
    const changed = (['state', 'deadline', 'holder'] as const).filter((k) => was[k] !== is[k]);
    return changed.length > 0
      ? [{ change: 'changed', subject, title: a.title, changed: [...changed], before: was, after: is }]
      : [];
  });
}
