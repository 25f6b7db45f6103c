import type { Catalogue } from '../catalogue.js';
import { adoptionMessages } from './adoption.js';
import { bodyLinksMessages } from './body-links.js';
import { committeeMessages } from './committee.js';
import { contactsMessages } from './contacts.js';
import { controlCharacterMessages } from './control-character.js';
import { duplicateRecordMessages } from './duplicate-record.js';
import { dutiesMessages } from './duties.js';
import { futureRecordMessages } from './future-record.js';
import { heldInFutureMessages } from './held-in-future.js';
import { hostRotationMessages } from './host-rotation.js';
import { meetingFileYearMessages } from './meeting-file-year.js';
import { membershipMessages } from './membership.js';
import { minutesApprovalMessages } from './minutes-approval.js';
import { minutesMissingMessages } from './minutes-missing.js';
import { minutesNotFoundMessages } from './minutes-not-found.js';
import { privacyMessages } from './privacy.js';
import { quorumMessages } from './quorum.js';
import { referenceMessages } from './reference.js';
import { retirementMessages } from './retirement.js';
import { roleHostMessages } from './role-host.js';
import { roleOverrideMessages } from './role-override.js';
import { rolesMessages } from './roles.js';
import { seatsMessages } from './seats.js';
import { secretariatMessages } from './secretariat.js';
import { sidesMessages } from './sides.js';
import { stalePlannedMessages } from './stale-planned.js';
import { subAgreementApprovalMessages } from './sub-agreement-approval.js';
import { supersedesMessages } from './supersedes.js';
import { unfilledMessages } from './unfilled.js';
import { uniqueIdMessages } from './unique-id.js';
import { validityMessages } from './validity.js';
import { withdrawalMessages } from './withdrawal.js';
import { workingGroupPartiesMessages } from './working-group-parties.js';

// The messages of every rule, each in the file named after its rule code. They live in i18n, not
// beside the rules, so that the catalogue (and the type of its ids) is complete without importing
// a rule: rules import their messages from here, never the other way round. In the order of RULES
// (src/rules/index.ts), as the tables were before.
export const ruleMessages = {
  ...referenceMessages,
  ...uniqueIdMessages,
  ...duplicateRecordMessages,
  ...contactsMessages,
  ...unfilledMessages,
  ...secretariatMessages,
  ...committeeMessages,
  ...workingGroupPartiesMessages,
  ...adoptionMessages,
  ...retirementMessages,
  ...subAgreementApprovalMessages,
  ...heldInFutureMessages,
  ...dutiesMessages,
  ...futureRecordMessages,
  ...stalePlannedMessages,
  ...minutesMissingMessages,
  ...minutesNotFoundMessages,
  ...minutesApprovalMessages,
  ...bodyLinksMessages,
  ...hostRotationMessages,
  ...sidesMessages,
  ...membershipMessages,
  ...rolesMessages,
  ...roleOverrideMessages,
  ...roleHostMessages,
  ...meetingFileYearMessages,
  ...validityMessages,
  ...withdrawalMessages,
  ...seatsMessages,
  ...quorumMessages,
  ...supersedesMessages,
  ...privacyMessages,
  ...controlCharacterMessages,
} as const satisfies Catalogue;
