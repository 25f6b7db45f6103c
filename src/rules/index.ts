import type { CalendarDate } from '../dates.js';
import type { RuleFinding } from '../model/finding.js';
import type { AgreementData } from '../model/index.js';
import type { MinutesFiles } from '../model/minutes-ref.js';
import { adoptionRule } from './adoption.js';
import { bodyLinksRule } from './body-links.js';
import { committeeRule } from './committee.js';
import { contactsRule } from './contacts.js';
import { controlCharacterRule, controlCharacterValuesRule } from './control-character.js';
import { duplicateRecordRule } from './duplicate-record.js';
import { dutiesRule } from './duties.js';
import { futureRecordRule } from './future-record.js';
import { heldInFutureRule } from './held-in-future.js';
import { hostRotationRule } from './host-rotation.js';
import { meetingFileYearRule } from './meeting-file-year.js';
import { membershipRule } from './membership.js';
import { minutesApprovalRule } from './minutes-approval.js';
import { minutesMissingRule } from './minutes-missing.js';
import { minutesNotFoundRule } from './minutes-not-found.js';
import { privacyNamesRule, privacyRule, privacyValuesRule } from './privacy.js';
import { quorumRule } from './quorum.js';
import { referenceRule } from './reference.js';
import { retirementRule } from './retirement.js';
import { roleHostRule } from './role-host.js';
import { roleOverrideRule } from './role-override.js';
import { rolesRule } from './roles.js';
import type { DataRule, NameRule, Rule, TextRule, WorkspaceAgreement } from './rule.js';
import { seatsRule } from './seats.js';
import { secretariatRule } from './secretariat.js';
import { sidesRule } from './sides.js';
import { stalePlannedRule } from './stale-planned.js';
import { subAgreementApprovalRule } from './sub-agreement-approval.js';
import { supersedesRule } from './supersedes.js';
import { unfilledRule } from './unfilled.js';
import { uniqueIdRule } from './unique-id.js';
import { validityRule } from './validity.js';
import { withdrawalRule } from './withdrawal.js';
import { workingGroupPartiesRule } from './working-group-parties.js';

export type { WorkspaceAgreement } from './rule.js';

export const RULES: readonly Rule[] = [
  referenceRule,
  uniqueIdRule,
  duplicateRecordRule,
  contactsRule,
  secretariatRule,
  committeeRule,
  unfilledRule,
  workingGroupPartiesRule,
  adoptionRule,
  retirementRule,
  subAgreementApprovalRule,
  heldInFutureRule,
  dutiesRule,
  futureRecordRule,
  stalePlannedRule,
  minutesMissingRule,
  minutesNotFoundRule,
  minutesApprovalRule,
  bodyLinksRule,
  hostRotationRule,
  sidesRule,
  membershipRule,
  withdrawalRule,
  seatsRule,
  quorumRule,
  rolesRule,
  roleOverrideRule,
  roleHostRule,
  meetingFileYearRule,
  validityRule,
  supersedesRule,
  privacyRule,
  privacyValuesRule,
  privacyNamesRule,
  controlCharacterRule,
  controlCharacterValuesRule,
];

export interface RuleInput {
  data: AgreementData | null;
  texts: ReadonlyArray<{ file: string; text: string }>;
  asOf: CalendarDate;
  workspace: readonly WorkspaceAgreement[];
  /** The agreement folder as shown to the user, and its own name. */
  folder?: { display: string; name: string };
  /** Every file of the folder that was looked at, read or not. */
  files?: readonly string[];
  /** The loader's lookups of `minutes` paths (src/load/minutes-files.ts); none: those paths are not judged. */
  minutesFiles?: MinutesFiles;
}

/** Runs every rule that can run on what loaded; pure. */
export function runRules(input: RuleInput, rules: readonly Rule[] = RULES): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const rule of rules.filter((r): r is TextRule => r.scope === 'text')) {
    for (const { file, text } of input.texts) for (const f of rule.check(file, text)) out.push(f);
  }
  const files = input.files ?? input.texts.map((t) => t.file);
  const folder = input.folder ? [input.folder.display, input.folder.name] : [];
  for (const rule of rules.filter((r): r is NameRule => r.scope === 'names'))
    for (const f of rule.check(folder, files)) out.push(f);
  const { data } = input;
  if (!data) return out;
  const texts = new Map(input.texts.map((t) => [t.file, t.text]));
  const minutesFiles = input.minutesFiles ?? new Map();
  for (const rule of rules.filter((r): r is DataRule => r.scope === 'data')) {
    if (rule.needs.some((kind) => data.broken.has(kind))) continue;
    const found = rule.check({ data, asOf: input.asOf, workspace: input.workspace, texts, minutesFiles });
    // One at a time: a rule can find as many things as the data has items (issue 24).
    for (const f of found) out.push(f);
  }
  return out;
}
