import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldDocs } from '../../src/i18n/field-docs.js';
import { FIXTURES, runBin } from '../helpers.js';
import { LspClient, SERVER } from './lsp-client.js';

// The editor support as an adviser meets it: yaml-language-server (what VS Code's YAML extension,
// Neovim and others run) reads a data file whose schema line `samarbeid schema --write` wrote, and
// is asked what an editor asks. Driven over stdio like an editor; skipped only when the package
// cannot start.

const START_MS = 30_000;
const ANSWER_MS = 20_000;

let workspace: string;
let folder: string;
let client: LspClient | null = null;
let cannotStart = '';

const nb = (id: string) => fieldDocs[id]!.nb;
const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'samarbeid-editor-'));
  folder = join(workspace, 'minimal');
  cpSync(join(FIXTURES, 'minimal'), folder, { recursive: true });
  // The agreement is in bokmål (no `language`), so the schemas' descriptions are too.
  const run = runBin(['schema', '--write', workspace]);
  if (run.status !== 0) throw new Error(`schema --write failed: ${run.stderr}`);
  try {
    client = await LspClient.start(
      pathToFileURL(workspace).href,
      { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } },
      START_MS,
    );
    if (!client) cannotStart = `${SERVER} is missing (npm ci installs the devDependency)`;
  } catch (error) {
    cannotStart = `yaml-language-server did not start: ${(error as Error).message}`;
    client = null;
  }
}, START_MS + 10_000);

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** The server, or a clear note in the test log when it could not start. */
function server(): LspClient | null {
  if (!client) console.warn(`skipping the editor check: ${cannotStart}`);
  return client;
}

const agreement = () => readFileSync(join(folder, 'agreement.yaml'), 'utf8');

describe('yaml-language-server with the schemas `samarbeid schema --write` puts in the workspace', () => {
  it('the file names its schema by a path that exists from its own folder', () => {
    expect(agreement().split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../.samarbeid/schemas/agreement.schema.json',
    );
  });

  it('reports nothing on a valid file, and an unknown key as not allowed', async () => {
    const lsp = server();
    if (!lsp) return;
    lsp.open(uriOf('valid.yaml'), agreement());
    lsp.open(uriOf('wrong-key.yaml'), agreement().replace('title:', 'titel:'));
    const wrong = await lsp.diagnosticsOf(
      uriOf('wrong-key.yaml'),
      (d) => d.some((x) => x.message.includes('titel')),
      ANSWER_MS,
    );
    expect(wrong.map((d) => d.message)).toContain('Property titel is not allowed.');
    expect(wrong.find((d) => d.message.includes('titel'))?.range.start.line).toBe(3);
    const valid = await lsp.diagnosticsOf(uriOf('valid.yaml'), () => true, ANSWER_MS);
    expect(valid).toEqual([]);
  }, 60_000);

  it.each([
    ['2026-02-30', 'a day February does not have'],
    ['2026-13-01', 'a month that does not exist'],
    ['1899-12-31', 'a year before 1900'],
  ])(
    'an impossible date (%s, %s) gets the readable message, not the pattern',
    async (date) => {
      const lsp = server();
      if (!lsp) return;
      const uri = uriOf(`date-${date}.yaml`);
      lsp.open(uri, agreement().replace('from: 2025-01-01', `from: ${date}`));
      const found = await lsp.diagnosticsOf(uri, (d) => d.length > 0, ANSWER_MS);
      expect(found.map((d) => d.message)).toEqual([nb('doc.message.date')]);
      expect(found[0]!.message).not.toContain('^');
    },
    60_000,
  );

  it('hover on a key shows what it means in the agreement', async () => {
    const lsp = server();
    if (!lsp) return;
    const text = agreement();
    const uri = uriOf('hover.yaml');
    lsp.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('validity:')) + 1;
    expect(lines[line]).toMatch(/^ {2}from:/);
    const hover = await lsp.request<{ contents: { value: string } | string } | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: { line, character: 3 } },
      ANSWER_MS,
    );
    const shown = typeof hover?.contents === 'string' ? hover.contents : (hover?.contents.value ?? '');
    expect(shown).toContain(nb('doc.agreement.validity.from'));
  }, 60_000);

  it('completion at a new key offers the keys the file may still have, with their descriptions', async () => {
    const lsp = server();
    if (!lsp) return;
    const text = `${agreement()}\n`;
    const uri = uriOf('complete.yaml');
    lsp.open(uri, text);
    const line = text.split('\n').length - 1;
    const result = await lsp.request<
      { items: Array<{ label: string; documentation?: unknown }> } | Array<{ label: string }>
    >('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } }, ANSWER_MS);
    const items = Array.isArray(result) ? result : result.items;
    const labels = items.map((i) => i.label);
    for (const key of ['supersedes', 'signing', 'areas', 'purposes', 'approvals'])
      expect(labels).toContain(key);
    // Keys already in the file are not offered again.
    expect(labels).not.toContain('title');
    const signing = items.find((i) => i.label === 'signing') as { documentation?: unknown } | undefined;
    expect(JSON.stringify(signing?.documentation ?? '')).toContain(nb('doc.agreement.signing'));
  }, 60_000);
});
