import type { PathSegment } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { AGREEMENT, EVALUATIONS, PEOPLE, SUB_AGREEMENTS, WORKING_GROUPS } from './lookup.js';

/**
 * Called for every string of the data: its file, its YAML path (a stack the walk reuses: copy it
 * to keep it, since the data can hold 50,000 meetings and most strings are fine), whether it is a
 * map key, and the text.
 */
export type StringVisitor = (file: string, path: readonly PathSegment[], key: boolean, text: string) => void;

function walk(value: unknown, file: string, stack: PathSegment[], visit: StringVisitor): void {
  if (typeof value === 'string') visit(file, stack, false, value);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      stack.push(i);
      walk(value[i], file, stack, visit);
      stack.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      stack.push(key);
      visit(file, stack, true, key);
      walk((value as Record<string, unknown>)[key], file, stack, visit);
      stack.pop();
    }
  }
}

/** Every string of one file's value, keys included, with its YAML path (the workspace config's). */
export function visitStrings(value: unknown, file: string, visit: StringVisitor): void {
  walk(value, file, [], visit);
}

/**
 * Every string of the loaded data, keys included, with its file and YAML path: the values as YAML
 * made them, after escapes (`"\x36"`, `"\u0036"`), folding and line joining, which the raw text
 * does not show.
 */
export function visitDataStrings(data: AgreementData, visit: StringVisitor): void {
  walk(data.agreement, AGREEMENT, [], visit);
  if (data.people) walk(data.people, PEOPLE, [], visit);
  walk(data.workingGroups, WORKING_GROUPS, ['workingGroups'], visit);
  for (const plan of data.actionPlans) walk(plan.value, plan.file, [], visit);
  for (const meetings of data.meetingFiles) walk(meetings.value, meetings.file, ['meetings'], visit);
  walk(data.subAgreements, SUB_AGREEMENTS, ['subAgreements'], visit);
  walk(data.evaluations, EVALUATIONS, ['evaluations'], visit);
}
