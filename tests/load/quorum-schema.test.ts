import { describe, expect, it } from 'vitest';
import { agreementWith, findingsOf } from '../helpers.js';
import { minimalAgreement } from '../minimal-agreement.js';

// SPEC section 13: a quorum is a fraction of at most 1 ("2/3"), "all-parties" or a number; anything
// else is a schema finding that says how to write it.
const withQuorum = (quorum: string) =>
  agreementWith({
    'agreement.yaml': minimalAgreement(
      `    top: { name: Toppledermøte, meets: yearly, host: rotate, quorum: ${quorum} }`,
    ),
  });

describe('governance.bodies.<id>.quorum', () => {
  it.each(['2/3', '1/1', 'all-parties', '4'])('%s is a quorum', (q) => {
    expect(findingsOf(withQuorum(q))).toEqual([]);
  });

  it.each([
    ['3/2', 'schema.invalid-quorum'],
    ['two-thirds', 'schema.invalid-quorum'],
    ['0', 'schema.too-small'],
  ])('%s is refused with %s', (q, id) => {
    const findings = findingsOf(withQuorum(q));
    expect(findings.map((f) => [f.rule, f.message.id, f.line])).toEqual([['schema', id, 11]]);
  });
});
