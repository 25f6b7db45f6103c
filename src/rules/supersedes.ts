import { closest } from '../load/suggest.js';
import { AGREEMENT } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

export const supersedesRule: DataRule = {
  id: 'supersedes',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description: 'supersedes, when present, names another agreement of the workspace.',
  messages: {
    'supersedes.unknown': {
      nb: '«supersedes»: fant ingen avtale «{id}» i arbeidsområdet (mappen med avtalemappene)',
      nn: '«supersedes»: fann ingen avtale «{id}» i arbeidsområdet (mappa med avtalemappene)',
      en: 'supersedes: no agreement "{id}" in the workspace (the folder of agreement folders)',
    },
    'supersedes.unknown-suggest': {
      nb: '«supersedes»: fant ingen avtale «{id}» i arbeidsområdet; mente du «{suggestion}»?',
      nn: '«supersedes»: fann ingen avtale «{id}» i arbeidsområdet; meinte du «{suggestion}»?',
      en: 'supersedes: no agreement "{id}" in the workspace; did you mean "{suggestion}"?',
    },
    'supersedes.self': {
      nb: 'En avtale kan ikke erstatte seg selv',
      nn: 'Ein avtale kan ikkje erstatte seg sjølv',
      en: 'An agreement cannot supersede itself',
    },
  },
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
