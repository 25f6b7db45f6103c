import type { Message } from '../model/finding.js';
import { ruleMessages } from '../rules/index.js';
import { calendarMessages } from './calendar-messages.js';
import type { Catalogue, Lang } from './catalogue.js';
import { cliMessages } from './cli-messages.js';
import { csvMessages } from './csv-messages.js';
import { datesMessages } from './dates-messages.js';
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
import { initComments } from './init-comments.js';
import { loadMessages } from './load-messages.js';
import { remindMessages } from './remind-messages.js';
import { renderWith } from './render.js';
import { reportMessages } from './report-messages.js';
import { schemaMessages } from './schema-messages.js';
import { statusMessages } from './status-messages.js';
import { words } from './words.js';
import { yamlMessages } from './yaml-messages.js';

export { LANGS, type Lang } from './catalogue.js';

export const catalogue: Catalogue = {
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
  ...initComments,
};

export function render(message: Message, lang: Lang): string {
  return renderWith(catalogue, message, lang);
}

/** Shorthand for a message without the Message wrapper. */
export function t(id: string, lang: Lang, params?: Message['params']): string {
  return renderWith(catalogue, params ? { id, params } : { id }, lang);
}
