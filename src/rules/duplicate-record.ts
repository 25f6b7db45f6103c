import { bodyParam } from '../domain/tracks-other.js';
import { duplicateRecordMessages } from '../i18n/rules/duplicate-record.js';
import type { PathSegment, RuleFinding } from '../model/finding.js';
import { allMeetings } from '../model/index.js';
import { EVALUATIONS, WORKING_GROUPS } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

interface Dated {
  /** What must not repeat on one date: a body, a group, a plan or the agreement. */
  owner: string;
  date: string;
  file: string;
  path: PathSegment[];
}

/** Each record whose owner already has one on its date, with that first one. */
function repeats<T extends Dated>(records: readonly T[]): Array<{ record: T; first: T }> {
  const firsts = new Map<string, T>();
  const out: Array<{ record: T; first: T }> = [];
  for (const record of records) {
    const key = `${record.owner}\u0000${record.date}`;
    const first = firsts.get(key);
    if (first) out.push({ record, first });
    else firsts.set(key, record);
  }
  return out;
}

const date = (d: string) => ({ date: d });

// SPEC section 8: one meeting of a body on a date (a planned or cancelled one is changed in place,
// not added to), one report of a group, one evaluation of a plan or of the agreement. A second
// record counts twice toward a cadence ("2 per tertial") and moves deadlines.
export const duplicateRecordRule: DataRule<typeof duplicateRecordMessages> = {
  id: 'duplicate-record',
  scope: 'data',
  severity: 'error',
  needs: ['agreement'],
  description:
    'One meeting of a body on one date (whatever its status), one report of a working group, one evaluation of an action plan and one evaluation of the agreement on one date (a second one would count twice toward a cadence). The finding is on the second record and names the first.',
  messages: duplicateRecordMessages,
  check({ data }) {
    const report = reporter(this);
    const out: RuleFinding[] = [];
    /** The 1-based place of a list item, as people count: the last numeric segment plus one. */
    const place = (path: PathSegment[]) => Number(path.at(-1)) + 1;

    const meetings = allMeetings(data).map(({ meeting, file, index }) => ({
      owner: meeting.body,
      date: meeting.date,
      file,
      path: ['meetings', index],
      id: meeting.id,
    }));
    for (const { record, first } of repeats(meetings)) {
      out.push(
        report(record.file, [...record.path, 'date'], 'duplicate-record.meeting', {
          id: record.id,
          // A working group with the word: "Arbeidsgruppen Ungdom i opplæring har allerede et møte …".
          body: bodyParam(data, record.owner, true),
          date: date(record.date),
          first: first.id,
        }),
      );
    }

    data.workingGroups.forEach((g, i) => {
      const reports = (g.reports ?? []).map((r, j) => ({
        owner: g.id,
        date: r.date,
        file: WORKING_GROUPS,
        path: ['workingGroups', i, 'reports', j],
      }));
      for (const { record, first } of repeats(reports)) {
        out.push(
          report(record.file, [...record.path, 'date'], 'duplicate-record.report', {
            group: g.name,
            date: date(record.date),
            first: place(first.path),
          }),
        );
      }
    });

    for (const { file, value: plan } of data.actionPlans) {
      const evaluations = (plan.evaluations ?? []).map((e, j) => ({
        owner: plan.id,
        date: e.date,
        file,
        path: ['evaluations', j],
      }));
      for (const { record, first } of repeats(evaluations)) {
        out.push(
          report(record.file, [...record.path, 'date'], 'duplicate-record.plan-evaluation', {
            plan: plan.title,
            date: date(record.date),
            first: place(first.path),
          }),
        );
      }
    }

    const evaluations = data.evaluations.map((e, j) => ({
      owner: 'agreement',
      date: e.date,
      file: EVALUATIONS,
      path: ['evaluations', j],
    }));
    for (const { record, first } of repeats(evaluations)) {
      out.push(
        report(record.file, [...record.path, 'date'], 'duplicate-record.agreement-evaluation', {
          date: date(record.date),
          first: place(first.path),
        }),
      );
    }
    return out;
  },
};
