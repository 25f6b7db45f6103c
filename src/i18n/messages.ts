// Every text of the CLI, in nb, nn and en (SPEC section 11). The bundle does not load this module:
// scripts/build.js writes one JSON table per language from it, and the installed program reads the
// table of the language in use (src/i18n/tables.ts; start-up compiled all three languages' texts
// as code).
import { calendarMessages } from './calendar-messages.js';
import type { Catalogue } from './catalogue.js';
import { cliMessages } from './cli-messages.js';
import { csvMessages } from './csv-messages.js';
import { datesMessages } from './dates-messages.js';
import { diffMessages } from './diff-messages.js';
import { editMessages, initMessages } from './edit-messages.js';
import { editRefusals } from './edit-refusals.js';
import { editWords } from './edit-words.js';
import { filesMessages } from './files-messages.js';
import { helpCommandsMessages } from './help-commands-messages.js';
import { helpMessages } from './help-messages.js';
import { helpRecordMessages } from './help-record-messages.js';
import { helpReportMessages } from './help-report-messages.js';
import { helpWords } from './help-words.js';
import { htmlMessages } from './html-messages.js';
import { initComments, initTexts } from './init-comments.js';
import { initGaps } from './init-gaps.js';
import { loadMessages } from './load-messages.js';
import { recordAttendanceMessages } from './record-attendance-messages.js';
import { recordMinutesMessages } from './record-minutes-messages.js';
import { recordPeopleMessages } from './record-people-messages.js';
import { recordRemoveMessages } from './record-remove-messages.js';
import { remindMessages } from './remind-messages.js';
import { reportMessages } from './report-messages.js';
import { retireRecordMessages } from './retire-messages.js';
import { ruleMessages } from './rules/index.js';
import { schemaMessages } from './schema-messages.js';
import { statusMessages } from './status-messages.js';
import { withdrawalRecordMessages } from './withdrawal-messages.js';
import { words } from './words.js';
import { yamlMessages } from './yaml-messages.js';

export const catalogue = {
  ...words,
  ...loadMessages,
  ...yamlMessages,
  ...filesMessages,
  ...datesMessages,
  ...schemaMessages,
  ...ruleMessages,
  ...cliMessages,
  ...statusMessages,
  ...remindMessages,
  ...calendarMessages,
  ...reportMessages,
  ...htmlMessages,
  ...csvMessages,
  ...editMessages,
  ...editRefusals,
  ...editWords,
  ...initMessages,
  ...helpMessages,
  ...helpWords,
  ...helpCommandsMessages,
  ...helpRecordMessages,
  ...helpReportMessages,
  ...recordMinutesMessages,
  ...recordAttendanceMessages,
  ...recordPeopleMessages,
  ...recordRemoveMessages,
  ...initComments,
  ...initTexts,
  ...initGaps,
  ...withdrawalRecordMessages,
  ...retireRecordMessages,
  ...diffMessages,
} as const satisfies Catalogue;
