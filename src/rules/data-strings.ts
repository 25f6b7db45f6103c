import type { PathSegment } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import { AGREEMENT, EVALUATIONS, PEOPLE, SUB_AGREEMENTS, WORKING_GROUPS } from './lookup.js';

export interface DataString {
  file: string;
  path: PathSegment[];
  /** The string is a map key, not a value. */
  key: boolean;
  text: string;
}

function walk(value: unknown, file: string, path: PathSegment[], out: DataString[]): void {
  if (typeof value === 'string') out.push({ file, path, key: false, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, file, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      out.push({ file, path: [...path, key], key: true, text: key });
      walk(v, file, [...path, key], out);
    }
  }
}

/**
 * Every string of the loaded data, keys included, with its file and YAML path: the values as YAML
 * made them, after escapes (`"\x36"`, `"\u0036"`), folding and line joining, which the raw text
 * does not show.
 */
export function dataStrings(data: AgreementData): DataString[] {
  const out: DataString[] = [];
  walk(data.agreement, AGREEMENT, [], out);
  if (data.people) walk(data.people, PEOPLE, [], out);
  walk(data.workingGroups, WORKING_GROUPS, ['workingGroups'], out);
  for (const plan of data.actionPlans) walk(plan.value, plan.file, [], out);
  for (const meetings of data.meetingFiles) walk(meetings.value, meetings.file, ['meetings'], out);
  walk(data.subAgreements, SUB_AGREEMENTS, ['subAgreements'], out);
  walk(data.evaluations, EVALUATIONS, ['evaluations'], out);
  return out;
}
