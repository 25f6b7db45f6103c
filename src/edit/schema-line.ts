const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\n/;

const NAMES = { meetings: 'meetings.schema.json', evaluations: 'evaluations.schema.json' } as const;

/**
 * The editor's schema comment line for a new file, copied from its neighbours so it points where
 * the agreement's other files point: a sibling of the same kind, else agreement.yaml's, one folder
 * deeper for meetings/. Empty when the agreement uses none.
 */
export function schemaLineFor(texts: ReadonlyMap<string, string>, kind: keyof typeof NAMES): string {
  for (const [file, text] of texts) {
    const match = SCHEMA_LINE.exec(text);
    if (match && file.startsWith(`${kind}/`)) return match[0];
  }
  const top = SCHEMA_LINE.exec(texts.get('agreement.yaml') ?? '');
  if (!top?.[1]) return '';
  const url = top[1].replace(/agreement\.schema\.json$/, NAMES[kind]);
  const deeper = kind === 'meetings' && !/^[a-z]+:/.test(url) ? `../${url}` : url;
  return `# yaml-language-server: $schema=${deeper}\n`;
}
