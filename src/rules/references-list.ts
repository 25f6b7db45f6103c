import type { Under } from '../i18n/message.js';
import type { PathSegment } from '../model/finding.js';
import type { AgreementData, FileKind } from '../model/index.js';
import { AGREEMENT, EVALUATIONS, PEOPLE, SUB_AGREEMENTS, WORKING_GROUPS } from './lookup.js';

export type RefKind =
  | 'party'
  | 'person'
  | 'body'
  | 'group'
  | 'committee'
  | 'area'
  | 'meeting'
  | 'plan'
  | 'subAgreement';

export interface Reference {
  file: string;
  path: PathSegment[];
  value: string;
  kinds: readonly RefKind[];
  /** The word for what it may name: `kind.body-or-group` for ['body', 'group']. */
  word: `kind.${KindWord}`;
  atKey?: boolean;
}

type KindWord = Under<'kind.'>;
type Joined<K extends readonly string[]> = K extends readonly [infer A extends string]
  ? A
  : K extends readonly [infer A extends string, ...infer R extends readonly string[]]
    ? `${A}-or-${Joined<R>}`
    : never;
/** Kinds in an order whose word the catalogue has (words.ts); tsc rejects any other list. */
type Named<K extends readonly RefKind[]> = Joined<K> extends KindWord ? K : never;

/** The file kind each kind of target is defined in: when it is broken, references to it are not judged. */
export const DEFINED_IN: Record<RefKind, FileKind> = {
  party: 'agreement',
  body: 'agreement',
  area: 'agreement',
  person: 'people',
  group: 'workingGroups',
  committee: 'people',
  meeting: 'meetings',
  plan: 'actionPlan',
  subAgreement: 'subAgreements',
};

/** Every place in the data that names another thing by id (SPEC section 5, references). */
export function listReferences(data: AgreementData): Reference[] {
  const refs: Reference[] = [];
  const add = <const K extends readonly RefKind[]>(
    file: string,
    path: PathSegment[],
    value: string | null | undefined,
    ...kinds: Named<K>
  ) => {
    // Named<K> has made sure that the joined kinds are a word of the catalogue.
    if (value)
      refs.push({ file, path, value, kinds, word: `kind.${kinds.join('-or-')}` as Reference['word'] });
  };
  const { agreement, people } = data;

  agreement.signing?.signatories?.forEach((s, i) =>
    add(AGREEMENT, ['signing', 'signatories', i, 'party'], s.party, 'party'),
  );
  for (const [id, body] of Object.entries(agreement.governance.bodies)) {
    const at = ['governance', 'bodies', id];
    if (body.host && body.host !== 'rotate' && body.host !== 'secretariat')
      add(AGREEMENT, [...at, 'host'], body.host, 'party');
    body.rotation?.forEach((p, i) => add(AGREEMENT, [...at, 'rotation', i], p, 'party'));
    // SPEC section 13: a body's members are people of people.yaml.
    body.members?.forEach((p, i) => add(AGREEMENT, [...at, 'members', i], p, 'person'));
  }

  if (people) {
    people.people.forEach((p, i) => add(PEOPLE, ['people', i, 'party'], p.party, 'party'));
    for (const [party, person] of Object.entries(people.contacts)) {
      refs.push({
        file: PEOPLE,
        path: ['contacts', party],
        value: party,
        kinds: ['party'],
        word: 'kind.party',
        atKey: true,
      });
      add(PEOPLE, ['contacts', party], person, 'person');
    }
    people.secretariat.forEach((p, i) => add(PEOPLE, ['secretariat', i], p, 'person'));
    people.committee?.members.forEach((p, i) => add(PEOPLE, ['committee', 'members', i], p, 'person'));
  }

  data.workingGroups.forEach((g, i) => {
    const at = ['workingGroups', i];
    add(WORKING_GROUPS, [...at, 'area'], g.area, 'area');
    add(WORKING_GROUPS, [...at, 'leader'], g.leader, 'person');
    g.members.forEach((m, j) => add(WORKING_GROUPS, [...at, 'members', j], m, 'person'));
    add(WORKING_GROUPS, [...at, 'established', 'meeting'], g.established?.meeting, 'meeting');
  });

  for (const { file, value: plan } of data.actionPlans) {
    // SPEC section 2: `owner: committee` is the samarbeidsutvalg of people.yaml (clause 4);
    // a body or working group id is accepted too.
    add(file, ['owner'], plan.owner, 'body', 'group', 'committee');
    add(file, ['adopted', 'meeting'], plan.adopted?.meeting, 'meeting');
    add(file, ['retired', 'meeting'], plan.retired?.meeting, 'meeting');
    plan.evaluations?.forEach((e, i) => add(file, ['evaluations', i, 'meeting'], e.meeting, 'meeting'));
    plan.measures?.forEach((m, i) => {
      add(file, ['measures', i, 'area'], m.area, 'area');
      add(file, ['measures', i, 'responsible'], m.responsible, 'party', 'person');
    });
  }

  for (const { file, value: meetings } of data.meetingFiles) {
    meetings.forEach((m, i) => {
      const at = ['meetings', i];
      add(file, [...at, 'body'], m.body, 'body', 'group');
      add(file, [...at, 'host'], m.host, 'party');
      m.attendance?.forEach((p, j) => add(file, [...at, 'attendance', j], p, 'person'));
      m.decisions?.forEach((d, j) =>
        add(file, [...at, 'decisions', j, 'adopts'], d.adopts, 'plan', 'subAgreement'),
      );
      m.actions?.forEach((a, j) => add(file, [...at, 'actions', j, 'owner'], a.owner, 'party', 'person'));
    });
  }

  data.subAgreements.forEach((s, i) => {
    add(SUB_AGREEMENTS, ['subAgreements', i, 'area'], s.area, 'area');
    s.approvals?.forEach((a, j) =>
      add(SUB_AGREEMENTS, ['subAgreements', i, 'approvals', j, 'party'], a.party, 'party'),
    );
  });

  data.evaluations.forEach((e, i) => {
    add(EVALUATIONS, ['evaluations', i, 'meeting'], e.meeting, 'meeting');
    e.results?.forEach((r, j) => add(EVALUATIONS, ['evaluations', i, 'results', j, 'area'], r.area, 'area'));
  });
  return refs;
}
