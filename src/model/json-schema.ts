import * as z from 'zod';
import { configJsonSchema } from '../config/schema.js';
import { FILE_KINDS, type FileKind } from './file-kinds.js';
import { SCHEMAS } from './schemas.js';

export const SCHEMA_FILE_NAMES: Record<FileKind, string> = {
  agreement: 'agreement.schema.json',
  people: 'people.schema.json',
  workingGroups: 'working-groups.schema.json',
  subAgreements: 'sub-agreements.schema.json',
  evaluations: 'evaluations.schema.json',
  actionPlan: 'action-plan.schema.json',
  meetings: 'meetings.schema.json',
};

// Draft 7: the draft that yaml-language-server and most editors read fully.
export function jsonSchemas(): Array<{ name: string; text: string }> {
  const files = (Object.keys(FILE_KINDS) as FileKind[]).map((kind) => {
    const schema = z.toJSONSchema(SCHEMAS[kind], { io: 'input', target: 'draft-7' });
    const titled = { title: `samarbeid ${FILE_KINDS[kind].file}`, ...schema };
    return { name: SCHEMA_FILE_NAMES[kind], text: `${JSON.stringify(titled, null, 2)}\n` };
  });
  // The workspace config (samarbeid.yaml) is written with them: src/config/schema.ts.
  return [...files, configJsonSchema()];
}
