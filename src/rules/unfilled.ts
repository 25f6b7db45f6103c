import { initGaps } from '../i18n/init-gaps.js';
import { unfilledMessages } from '../i18n/rules/unfilled.js';
import { namesOf } from '../names/names.js';
import { PEOPLE } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Issue 27: where `init` could not know a role the agreement names, it writes a gap (src/i18n
// init-comments.ts, initGaps) that this rule names with the command that fills it. A gap is
// known in every language, so an agreement whose language was changed after init still shows it.
const GAPS = {
  contact: new Set<string>(Object.values(initGaps['init.gap.contact'])),
  secretariat: new Set<string>(Object.values(initGaps['init.gap.secretariat'])),
};

export const unfilledRule: DataRule<typeof unfilledMessages> = {
  id: 'unfilled',
  scope: 'data',
  severity: 'warning',
  needs: ['people'],
  description: 'A role that init could not know and left to be filled in, with the command that fills it.',
  messages: unfilledMessages,
  check({ data }) {
    const report = reporter(this);
    const names = namesOf(data);
    const out = [];
    for (const [i, person] of (data.people?.people ?? []).entries()) {
      const kind = GAPS.contact.has(person.role)
        ? 'unfilled.contact'
        : GAPS.secretariat.has(person.role)
          ? 'unfilled.secretariat'
          : null;
      if (!kind) continue;
      out.push(
        report(PEOPLE, ['people', i, 'role'], kind, {
          party: names.party(person.party),
          folder: data.folder,
          id: person.id,
        }),
      );
    }
    return out;
  },
};
