const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\r?\n/;

const NAMES = {
  meetings: 'meetings.schema.json',
  evaluations: 'evaluations.schema.json',
  'action-plans': 'action-plan.schema.json',
  'working-groups': 'working-groups.schema.json',
  'sub-agreements': 'sub-agreements.schema.json',
} as const;

type Kind = keyof typeof NAMES;
const IN_FOLDER: ReadonlySet<Kind> = new Set(['meetings', 'action-plans']);

/**
 * The editor's schema comment line for a new file, copied from its neighbours so it points where
 * the agreement's other files point: a sibling of the same kind, else agreement.yaml's, one folder
 * deeper for meetings/ and action-plans/. Empty when the agreement uses none.
 */
export function schemaLineFor(texts: ReadonlyMap<string, string>, kind: Kind): string {
  for (const [file, text] of texts) {
    const match = SCHEMA_LINE.exec(text);
    if (match?.[1] && (file.startsWith(`${kind}/`) || file === `${kind}.yaml`))
      return `# yaml-language-server: $schema=${match[1]}\n`;
  }
  const top = SCHEMA_LINE.exec(texts.get('agreement.yaml') ?? '');
  if (!top?.[1]) return '';
  const url = top[1].replace(/agreement\.schema\.json$/, NAMES[kind]);
  const deeper = IN_FOLDER.has(kind) && !/^[a-z]+:/.test(url) ? `../${url}` : url;
  return `# yaml-language-server: $schema=${deeper}\n`;
}
