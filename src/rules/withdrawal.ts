import type { CalendarDate } from '../dates.js';
import { leavingDay } from '../domain/withdrawal.js';
import { withdrawalMessages } from '../i18n/rules/withdrawal.js';
import type { RuleFinding } from '../model/finding.js';
import { namesOf } from '../names/names.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// SPEC section 13: "utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte".
// A written `left` wins over the leaving day a notice gives; one earlier than the terms allow is
// a warning, not an error: the parties may have agreed on an earlier exit, but it is worth a look.
export const withdrawalRule: DataRule<typeof withdrawalMessages> = {
  id: 'withdrawal',
  scope: 'data',
  severity: 'warning',
  needs: ['agreement'],
  description:
    "A party's written left is not earlier than its notice and the withdrawal terms allow (governance.withdrawal, SPEC section 13).",
  messages: withdrawalMessages,
  check({ data }) {
    const report = reporter(this);
    const terms = data.agreement.governance.withdrawal;
    if (!terms) return [];
    const out: RuleFinding[] = [];
    const names = namesOf(data);
    data.agreement.parties.forEach((p, i) => {
      if (!p.left || !p.notice) return;
      const earliest = leavingDay(terms, p.notice as CalendarDate);
      if (earliest && p.left < earliest)
        out.push(
          report(AGREEMENT, ['parties', i, 'left'], 'withdrawal.left-too-early', {
            party: names.party(p.id),
            notice: { date: p.notice },
            earliest: { date: earliest },
            left: { date: p.left },
          }),
        );
    });
    return out;
  },
};
