import type { Under } from '../i18n/message.js';
import { uniqueIdMessages } from '../i18n/rules/unique-id.js';
import type { PathSegment } from '../model/finding.js';
import { ref } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { AGREEMENT, PEOPLE, SUB_AGREEMENTS, WORKING_GROUPS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

interface Entry {
  id: string;
  file: string;
  path: PathSegment[];
}

export const uniqueIdRule: DataRule<typeof uniqueIdMessages> = {
  id: 'unique-id',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description:
    'Ids are unique within their kind in one agreement (meetings across all meeting files), and agreement ids within the workspace.',
  messages: uniqueIdMessages,
  check({ data, workspace }) {
    const report = reporter(this);
    const out = [];
    const check = (kind: Under<'kind.'>, entries: Entry[]) => {
      const first = new Map<string, Entry>();
      for (const e of entries) {
        const earlier = first.get(e.id);
        if (!earlier) first.set(e.id, e);
        else {
          // A plan is its file alone (path []): then the file, with nothing after it.
          const where = [earlier.file, earlier.path.join('.')].filter((part) => part !== '').join(' ');
          out.push(
            report(e.file, [...e.path, 'id'], 'unique-id.duplicate', {
              kind: ref(`kind.${kind}`),
              id: e.id,
              first: where,
            }),
          );
        }
      }
    };
    const { agreement } = data;
    check(
      'party',
      agreement.parties.map((p, i) => ({ id: p.id, file: AGREEMENT, path: ['parties', i] })),
    );
    check(
      'area',
      (agreement.areas ?? []).map((a, i) => ({ id: a.id, file: AGREEMENT, path: ['areas', i] })),
    );
    check(
      'person',
      (data.people?.people ?? []).map((p, i) => ({ id: p.id, file: PEOPLE, path: ['people', i] })),
    );
    check(
      'group',
      data.workingGroups.map((g, i) => ({ id: g.id, file: WORKING_GROUPS, path: ['workingGroups', i] })),
    );
    check(
      'plan',
      data.actionPlans.map((p) => ({ id: p.value.id, file: p.file, path: [] })),
    );
    check(
      'subAgreement',
      data.subAgreements.map((s, i) => ({ id: s.id, file: SUB_AGREEMENTS, path: ['subAgreements', i] })),
    );
    const meetings = allMeetings(data);
    check(
      'meeting',
      meetings.map((m) => ({ id: m.meeting.id, file: m.file, path: ['meetings', m.index] })),
    );
    for (const p of data.actionPlans) {
      check(
        'measure',
        (p.value.measures ?? []).map((m, i) => ({ id: m.id, file: p.file, path: ['measures', i] })),
      );
    }
    for (const { meeting, file, index } of meetings) {
      const at = ['meetings', index];
      check(
        'decision',
        (meeting.decisions ?? []).map((d, i) => ({ id: d.id, file, path: [...at, 'decisions', i] })),
      );
      check(
        'action',
        (meeting.actions ?? []).map((a, i) => ({ id: a.id, file, path: [...at, 'actions', i] })),
      );
    }
    const bodies = new Set(Object.keys(agreement.governance.bodies));
    data.workingGroups.forEach((g, i) => {
      if (bodies.has(g.id))
        out.push(
          report(WORKING_GROUPS, ['workingGroups', i, 'id'], 'unique-id.body-and-group', { id: g.id }),
        );
    });
    const twin = workspace.find((w) => w.id === agreement.id && w.display !== data.folder);
    if (twin)
      out.push(report(AGREEMENT, ['id'], 'unique-id.agreement', { id: agreement.id, other: twin.display }));
    return out;
  },
};
