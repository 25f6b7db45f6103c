const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\r?\n/;

const NAMES = {
  meetings: 'meetings.schema.json',
  evaluations: 'evaluations.schema.json',
  'action-plans': 'action-plan.schema.json',
  'working-groups': 'working-groups.schema.json',
  'sub-agreements': 'sub-agreements.schema.json',
  duties: 'duties.schema.json',
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

/** Where `samarbeid schema --write` and `init` put the schemas, inside the workspace folder. */
export const SCHEMA_FOLDER = ['.samarbeid', 'schemas'] as const;

// The schema file of each file of an agreement folder, by its path inside the folder.
const FILE_SCHEMAS: ReadonlyArray<[RegExp, string]> = [
  [/^agreement\.yaml$/, 'agreement.schema.json'],
  [/^people\.yaml$/, 'people.schema.json'],
  [/^working-groups\.yaml$/, 'working-groups.schema.json'],
  [/^sub-agreements\.yaml$/, 'sub-agreements.schema.json'],
  [/^evaluations\.yaml$/, 'evaluations.schema.json'],
  [/^action-plans\/[^/]+\.ya?ml$/, 'action-plan.schema.json'],
  [/^meetings\/[^/]+\.ya?ml$/, 'meetings.schema.json'],
];

/** The name of the schema a file of an agreement folder follows (`meetings/2026.yaml`), or null. */
export function schemaNameOf(file: string): string | null {
  return FILE_SCHEMAS.find(([pattern]) => pattern.test(file))?.[1] ?? null;
}

// yaml-language-server reads its modeline among the comments above the first key.
const MODELINE = /^(#\s+yaml-language-server\s*:.*?\$schema=)(\S*)/;

/**
 * The text with its editor schema line pointing at `url`: the value of an existing modeline in the
 * header comments is replaced where it stands, else the line is added on top in the file's own
 * line ending. Every other byte stays as it was.
 */
export function withSchemaLine(text: string, url: string): string {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    const found = MODELINE.exec(line);
    if (found) {
      if (found[2] === url) return text;
      const start = at + found[1]!.length;
      return text.slice(0, start) + url + text.slice(start + found[2]!.length);
    }
    if (line.trim() !== '' && !line.startsWith('#')) break;
    if (end === -1) break;
    at = end + 1;
  }
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  return `# yaml-language-server: $schema=${url}${eol}${text}`;
}
