// What an obligation is about (SPEC section 4's `subject`), as one typed value built here and only
// here. Every output keeps the strings of section 4 (`meeting:top`, `evaluation:plan:<id>`, …):
// `formatSubject` writes them and `parseSubject` reads them back, so no view builds or takes one
// apart with a template or `startsWith`.

export type Subject =
  | { kind: 'meeting'; body: string }
  | { kind: 'evaluation-agreement' }
  | { kind: 'evaluation-plan'; plan: string }
  | { kind: 'report'; group: string }
  | { kind: 'measure'; plan: string; measure: string }
  | { kind: 'action'; meeting: string; action: string }
  | { kind: 'sub-agreement'; subAgreement: string }
  | { kind: 'agreement' }
  | { kind: 'term'; person: string }
  | { kind: 'duty'; duty: string }
  | { kind: 'withdrawal'; party: string }
  | { kind: 'minutes'; meeting: string }
  | { kind: 'prepare'; body: string; meeting: string };

/** The kinds of section 4's table, as status and the year plan group them. */
export type ObligationKind =
  | 'meeting'
  | 'evaluation'
  | 'report'
  | 'measure'
  | 'action'
  | 'sub-agreement'
  | 'agreement'
  | 'term'
  | 'duty'
  | 'withdrawal'
  | 'minutes'
  | 'prepare';

export function kindOf(subject: Subject): ObligationKind {
  switch (subject.kind) {
    case 'evaluation-agreement':
    case 'evaluation-plan':
      return 'evaluation';
    default:
      return subject.kind;
  }
}

export function formatSubject(subject: Subject): string {
  switch (subject.kind) {
    case 'meeting':
      return `meeting:${subject.body}`;
    case 'evaluation-agreement':
      return 'evaluation:agreement';
    case 'evaluation-plan':
      return `evaluation:plan:${subject.plan}`;
    case 'report':
      return `report:working-group:${subject.group}`;
    case 'measure':
      return `measure:${subject.plan}/${subject.measure}`;
    case 'action':
      return `action:${subject.meeting}/${subject.action}`;
    case 'sub-agreement':
      return `sub-agreement:${subject.subAgreement}`;
    case 'agreement':
      return 'agreement';
    case 'term':
      return `term:${subject.person}`;
    case 'duty':
      return `duty:${subject.duty}`;
    case 'withdrawal':
      return `withdrawal:${subject.party}`;
    case 'minutes':
      return `minutes:${subject.meeting}`;
    case 'prepare':
      return `prepare:${subject.body}:${subject.meeting}`;
    default: {
      const never: never = subject;
      throw new Error(`unknown subject ${JSON.stringify(never)}`);
    }
  }
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Subject]> = [
  [new RegExp(`^meeting:(${ID})$`), (m) => ({ kind: 'meeting', body: m[1]! })],
  [/^evaluation:agreement$/, () => ({ kind: 'evaluation-agreement' })],
  [new RegExp(`^evaluation:plan:(${ID})$`), (m) => ({ kind: 'evaluation-plan', plan: m[1]! })],
  [new RegExp(`^report:working-group:(${ID})$`), (m) => ({ kind: 'report', group: m[1]! })],
  [new RegExp(`^measure:(${ID})/(${ID})$`), (m) => ({ kind: 'measure', plan: m[1]!, measure: m[2]! })],
  [new RegExp(`^action:(${ID})/(${ID})$`), (m) => ({ kind: 'action', meeting: m[1]!, action: m[2]! })],
  [new RegExp(`^sub-agreement:(${ID})$`), (m) => ({ kind: 'sub-agreement', subAgreement: m[1]! })],
  [/^agreement$/, () => ({ kind: 'agreement' })],
  [new RegExp(`^term:(${ID})$`), (m) => ({ kind: 'term', person: m[1]! })],
  [new RegExp(`^duty:(${ID})$`), (m) => ({ kind: 'duty', duty: m[1]! })],
  [new RegExp(`^withdrawal:(${ID})$`), (m) => ({ kind: 'withdrawal', party: m[1]! })],
  [new RegExp(`^minutes:(${ID})$`), (m) => ({ kind: 'minutes', meeting: m[1]! })],
  [new RegExp(`^prepare:(${ID}):(${ID})$`), (m) => ({ kind: 'prepare', body: m[1]!, meeting: m[2]! })],
];

/** A subject string of section 4, or null for anything else. */
export function parseSubject(text: string): Subject | null {
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  return null;
}
