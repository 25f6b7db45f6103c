import { sidesMessages } from '../i18n/rules/sides.js';
import type { RuleFinding } from '../model/finding.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 12: parties belong to sides (the municipalities and the health trust).
export const sidesRule: DataRule<typeof sidesMessages> = {
  id: 'sides',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description:
    "A party's side is one of sides, side ids are unique, and a side's lead is a party of that side (SPEC section 12).",
  messages: sidesMessages,
  check({ data }) {
    const report = reporter(this);
    const { agreement } = data;
    const sides = agreement.sides ?? [];
    const known = new Set(sides.map((s) => s.id));
    const out: RuleFinding[] = [];
    agreement.parties.forEach((p, i) => {
      if (p.side && !known.has(p.side))
        out.push(report(AGREEMENT, ['parties', i, 'side'], 'sides.unknown', { side: p.side }));
    });
    const seen = new Set<string>();
    sides.forEach((s, i) => {
      if (seen.has(s.id)) out.push(report(AGREEMENT, ['sides', i, 'id'], 'sides.duplicate', { side: s.id }));
      seen.add(s.id);
      const lead = s.lead ? agreement.parties.find((p) => p.id === s.lead) : undefined;
      if (s.lead && lead?.side !== s.id)
        out.push(
          report(AGREEMENT, ['sides', i, 'lead'], 'sides.lead', {
            party: lead?.name ?? s.lead,
            side: s.name,
          }),
        );
    });
    return out;
  },
};
