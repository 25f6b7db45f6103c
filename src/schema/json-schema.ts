import * as z from 'zod';
import { CONFIG_SCHEMA_FILE, WorkspaceConfigSchema } from '../config/schema.js';
import type { Lang } from '../i18n/catalogue.js';
import { fieldDocs } from '../i18n/field-docs.js';
import { MinutesApproval, PreparesWithin, QuorumText } from '../model/agreement.js';
import { FILE_KINDS, type FileKind } from '../model/file-kinds.js';
import { MeetingLink, MeetingTimeText } from '../model/meetings.js';
import { Cadence, Due, Id, IsoDate, IsoDateOrInterval, MonthDay, YEAR_PATTERN } from '../model/primitives.js';
import { TermLength } from '../model/roles.js';
import { SCHEMAS } from '../model/schemas.js';
import { NoticePeriod } from '../model/withdrawal-schema.js';

// This module runs only in `samarbeid schema` and `init`: the descriptions and zod's JSON Schema
// writer stay out of what start-up and validation load. A room of its own above model and config:
// it joins the data files' schemas, samarbeid.yaml's and their descriptions.

export const SCHEMA_FILE_NAMES: Record<FileKind, string> = {
  agreement: 'agreement.schema.json',
  people: 'people.schema.json',
  workingGroups: 'working-groups.schema.json',
  subAgreements: 'sub-agreements.schema.json',
  evaluations: 'evaluations.schema.json',
  duties: 'duties.schema.json',
  actionPlan: 'action-plan.schema.json',
  meetings: 'meetings.schema.json',
};

type Json = Record<string, unknown>;

/**
 * One pattern for a calendar date that exists, in the years 1900-2999: zod's date pattern (which
 * knows month lengths and leap years, taken from its JSON Schema: `z.regexes` would bundle them all) behind a look-ahead for the year. One pattern, so that the
 * editor shows one readable message instead of the pattern.
 */
const ZOD_DATE = (z.toJSONSchema(z.iso.date()) as { pattern: string }).pattern;
export const DATE_PATTERN = `^(?=${YEAR_PATTERN.slice(1)})${ZOD_DATE.slice(1)}`;

const docText = (id: string, lang: Lang): string => {
  const entry = fieldDocs[id];
  if (!entry) throw new Error(`no description ${id} in src/i18n/field-docs.ts`);
  return entry[lang];
};

/** The description first, then the Norwegian texts for tools that can choose, then the rest. */
function described(schema: Json, id: string, lang: Lang): Json {
  const { description: _, ...rest } = schema;
  return {
    description: docText(id, lang),
    'x-description-nb': docText(id, 'nb'),
    'x-description-nn': docText(id, 'nn'),
    ...rest,
  };
}

/**
 * Gives every key of the schema its description: `doc.<schema>.<key path>`, else `doc.any.<key>`.
 * A list's items and a map's values add no step to the path.
 */
function describeKeys(schema: Json, name: string, path: string[], lang: Lang, used: Set<string>): void {
  const properties = schema.properties as Record<string, Json> | undefined;
  for (const [key, value] of Object.entries(properties ?? {})) {
    const at = [...path, key];
    const own = `doc.${name}.${at.join('.')}`;
    const id = own in fieldDocs ? own : `doc.any.${at.join('.')}`;
    used.add(id);
    properties![key] = described(value, id, lang);
    describeKeys(value, name, at, lang, used);
  }
  for (const key of ['items', 'additionalProperties']) {
    const sub = schema[key];
    if (typeof sub === 'object' && sub !== null) describeKeys(sub as Json, name, path, lang, used);
  }
  for (const key of ['anyOf', 'allOf', 'oneOf']) {
    for (const sub of (schema[key] as Json[] | undefined) ?? []) describeKeys(sub, name, path, lang, used);
  }
}

/** Readable messages (yaml-language-server's `patternErrorMessage`) in place of the raw patterns. */
function overrideFor(lang: Lang) {
  const cadence = Cadence.unwrap();
  return (ctx: { zodSchema: unknown; jsonSchema: Json }) => {
    const json = ctx.jsonSchema;
    if (ctx.zodSchema === IsoDate) {
      for (const key of Object.keys(json)) delete json[key];
      Object.assign(json, {
        type: 'string',
        format: 'date',
        pattern: DATE_PATTERN,
        patternErrorMessage: docText('doc.message.date', lang),
      });
    } else if (ctx.zodSchema === Id) json.patternErrorMessage = docText('doc.message.id', lang);
    else if (ctx.zodSchema === cadence) json.patternErrorMessage = docText('doc.message.cadence', lang);
    else if (ctx.zodSchema === Due) json.patternErrorMessage = docText('doc.message.due', lang);
    else if (ctx.zodSchema === MonthDay) json.patternErrorMessage = docText('doc.message.month-day', lang);
    else if (ctx.zodSchema === IsoDateOrInterval)
      json.patternErrorMessage = docText('doc.message.date-or-interval', lang);
    else if (ctx.zodSchema === TermLength) json.patternErrorMessage = docText('doc.message.term', lang);
    else if (ctx.zodSchema === NoticePeriod) json.patternErrorMessage = docText('doc.message.notice', lang);
    else if (ctx.zodSchema === QuorumText) json.patternErrorMessage = docText('doc.message.quorum', lang);
    else if (ctx.zodSchema === MeetingTimeText) json.patternErrorMessage = docText('doc.message.time', lang);
    else if (ctx.zodSchema === MeetingLink)
      Object.assign(json, {
        pattern: '^https?://',
        patternErrorMessage: docText('doc.message.online', lang),
      });
    else if (ctx.zodSchema === MinutesApproval)
      json.patternErrorMessage = docText('doc.message.minutes-approval', lang);
    else if (ctx.zodSchema === PreparesWithin)
      json.patternErrorMessage = docText('doc.message.prepares-within', lang);
    else if (json.format === 'email') json.patternErrorMessage = docText('doc.message.email', lang);
  };
}

function generate(lang: Lang, used: Set<string>): Array<{ name: string; text: string }> {
  const files = (Object.keys(FILE_KINDS) as FileKind[]).map((kind) => {
    const name = SCHEMA_FILE_NAMES[kind];
    const base = name.replace(/\.schema\.json$/, '');
    // Draft 7: the draft that yaml-language-server and most editors read fully.
    const schema = z.toJSONSchema(SCHEMAS[kind], {
      io: 'input',
      target: 'draft-7',
      override: overrideFor(lang),
    }) as Json;
    describeKeys(schema, base, [], lang, used);
    used.add(`doc.file.${base}`);
    const { $schema, ...rest } = described(schema, `doc.file.${base}`, lang);
    const titled = { $schema, title: `samarbeid ${FILE_KINDS[kind].file}`, ...rest };
    return { name, text: `${JSON.stringify(titled, null, 2)}\n` };
  });
  return [...files, configSchema(lang, used)];
}

/**
 * The workspace config (samarbeid.yaml, src/config/schema.ts), written with the others. Each rule
 * code is described in English by its own line (docs/rules.md) and in Norwegian by one sentence
 * that names the code and its default: the rules' texts are not translated.
 */
function configSchema(lang: Lang, used: Set<string>): { name: string; text: string } {
  const schema = z.toJSONSchema(WorkspaceConfigSchema, { io: 'input', target: 'draft-7' }) as Json;
  const properties = schema.properties as Record<string, Json>;
  for (const key of ['lang', 'rules']) {
    used.add(`doc.samarbeid.${key}`);
    properties[key] = described(properties[key]!, `doc.samarbeid.${key}`, lang);
  }
  used.add('doc.samarbeid.rule');
  const rules = properties.rules!.properties as Record<string, Json>;
  for (const [code, rule] of Object.entries(rules)) {
    const english = rule.description as string;
    const severity = english.endsWith('(default: warning).') ? 'warning' : 'error';
    const text = (l: Lang) =>
      docText('doc.samarbeid.rule', l)
        .replace('{rule}', code)
        .replace('{default}', docText(`doc.samarbeid.${severity}`, l));
    const { description: _, ...rest } = rule;
    rules[code] = {
      description: lang === 'en' ? english : text(lang),
      'x-description-nb': text('nb'),
      'x-description-nn': text('nn'),
      ...rest,
    };
  }
  used.add('doc.samarbeid.warning');
  used.add('doc.samarbeid.error');
  used.add('doc.file.samarbeid');
  const { $schema, ...rest } = described(schema, 'doc.file.samarbeid', lang);
  const titled = { $schema, title: 'samarbeid samarbeid.yaml', ...rest };
  return { name: CONFIG_SCHEMA_FILE, text: `${JSON.stringify(titled, null, 2)}\n` };
}

/** The JSON Schema of every file kind, with descriptions and messages in `lang`. */
export function jsonSchemas(lang: Lang = 'en'): Array<{ name: string; text: string }> {
  return generate(lang, new Set());
}

/** The description ids the schemas use (tests check that none in the catalogue is left over). */
export function usedDocIds(): Set<string> {
  const used = new Set<string>([
    'doc.message.date',
    'doc.message.id',
    'doc.message.cadence',
    'doc.message.term',
    'doc.message.notice',
    'doc.message.time',
    'doc.message.online',
    'doc.message.email',
    'doc.message.date-or-interval',
    'doc.message.due',
    'doc.message.month-day',
    'doc.message.minutes-approval',
    'doc.message.quorum',
    'doc.message.prepares-within',
  ]);
  generate('en', used);
  return used;
}
