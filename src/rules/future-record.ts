import { futureRecordMessages } from '../i18n/rules/future-record.js';
import type { PathSegment } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { AGREEMENT, EVALUATIONS, WORKING_GROUPS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Reports, evaluations, adoptions and "done" dates record what has happened; one dated after
// as-of would close an obligation early, like a held meeting in the future.
export const futureRecordRule: DataRule<typeof futureRecordMessages> = {
  id: 'future-record',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description:
    'Evaluations, reports, adoptions, establishments, done dates (of duties too), approvals of minutes and notices of withdrawal are not after the as-of date.',
  messages: futureRecordMessages,
  check({ data, asOf }) {
    const report = reporter(this);
    const dated: Array<[string, PathSegment[], string | null | undefined]> = [];
    data.evaluations.forEach((e, i) => dated.push([EVALUATIONS, ['evaluations', i, 'date'], e.date]));
    data.workingGroups.forEach((g, i) => {
      dated.push([WORKING_GROUPS, ['workingGroups', i, 'established', 'date'], g.established?.date]);
      g.reports?.forEach((r, j) =>
        dated.push([WORKING_GROUPS, ['workingGroups', i, 'reports', j, 'date'], r.date]),
      );
    });
    for (const { file, value: plan } of data.actionPlans) {
      dated.push([file, ['adopted', 'date'], plan.adopted?.date]);
      plan.evaluations?.forEach((e, i) => dated.push([file, ['evaluations', i, 'date'], e.date]));
      plan.measures?.forEach((m, i) => dated.push([file, ['measures', i, 'done'], m.done]));
    }
    for (const { meeting, file, index } of allMeetings(data)) {
      meeting.actions?.forEach((a, j) =>
        dated.push([file, ['meetings', index, 'actions', j, 'done'], a.done]),
      );
      // SPEC section 13: an approval of minutes records what happened, as a done date does.
      if (meeting.minutes && typeof meeting.minutes === 'object')
        dated.push([file, ['meetings', index, 'minutes', 'approved'], meeting.minutes.approved]);
    }
    // SPEC section 13: a duty done, and a notice of withdrawal given, are records of what happened.
    data.duties.forEach((d, i) => dated.push(['duties.yaml', ['done', i, 'date'], d.date]));
    data.agreement.parties.forEach((p, i) => dated.push([AGREEMENT, ['parties', i, 'notice'], p.notice]));
    return dated
      .filter(([, , date]) => date && date > asOf)
      .map(([file, path, date]) =>
        report(file, path, 'future-record.date', { date: { date: date ?? '' }, asOf: { date: asOf } }),
      );
  },
};
