import { supersedesMessages } from '../i18n/rules/supersedes.js';
import { closest } from '../load/suggest.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

export const supersedesRule: DataRule<typeof supersedesMessages> = {
  id: 'supersedes',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description: 'supersedes, when present, names another agreement of the workspace.',
  messages: supersedesMessages,
  check({ data, workspace }) {
    const report = reporter(this);
    const id = data.agreement.supersedes;
    if (!id) return [];
    if (id === data.agreement.id) return [report(AGREEMENT, ['supersedes'], 'supersedes.self')];
    const others = workspace.map((w) => w.id).filter((w) => w !== data.agreement.id);
    if (others.includes(id)) return [];
    const suggestion = closest(id, others);
    return [
      suggestion
        ? report(AGREEMENT, ['supersedes'], 'supersedes.unknown-suggest', { id, suggestion })
        : report(AGREEMENT, ['supersedes'], 'supersedes.unknown', { id }),
    ];
  },
};
