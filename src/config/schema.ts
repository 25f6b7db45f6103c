import * as z from 'zod';
import { LANGS } from '../i18n/catalogue.js';
import { RULE_CODES } from '../rules/codes.js';

/** What a workspace may set for one rule code: leave it out, or report it as a warning or an error. */
export const LEVELS = ['off', 'warning', 'error'] as const;
export type Level = (typeof LEVELS)[number];

const Level = z.enum(LEVELS);

/**
 * samarbeid.yaml (or .samarbeid.yaml) at a workspace's root (docs/config.md). Every rule code is a
 * key of `rules`, so that an unknown code is an unknown key, reported with a "did you mean".
 */
export const WorkspaceConfigSchema = z.strictObject({
  lang: z
    .enum(LANGS)
    .optional()
    .meta({ description: 'The language of the output when --lang is not given: nb, nn or en.' }),
  rules: z
    .strictObject(
      Object.fromEntries(
        RULE_CODES.map((r) => [
          r.id,
          Level.optional().meta({ description: `${r.description} (default: ${r.severity}).` }),
        ]),
      ),
    )
    .optional()
    .meta({ description: 'Per rule code (docs/rules.md): off, warning or error, in place of its default.' }),
});

export const CONFIG_SCHEMA_FILE = 'samarbeid.schema.json';
