import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

// A small Language Server Protocol client over stdio: JSON-RPC 2.0 messages framed by a
// `Content-Length` header, as an editor talks to yaml-language-server.

export interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];
  stderr = '';
  exited = false;

  private constructor(settings: unknown) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`server exited: ${this.stderr}`));
      this.pending.clear();
    });
    this.settings = settings;
  }

  private readonly settings: unknown;

  /** Starts the server and completes the initialize handshake; null when the package is missing. */
  static async start(rootUri: string, settings: unknown, timeoutMs: number): Promise<LspClient | null> {
    if (!existsSync(SERVER)) return null;
    const client = new LspClient(settings);
    await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: {
            hover: { contentFormat: ['markdown', 'plaintext'] },
            completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
            publishDiagnostics: {},
          },
        },
      },
      timeoutMs,
    );
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
    return client;
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 20_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms; server said: ${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ id, method, params });
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body));
    }
  }

  private handle(message: {
    id?: number;
    method?: string;
    params?: { uri?: string; diagnostics?: Diagnostic[]; items?: unknown[] };
    result?: unknown;
    error?: { message: string };
  }): void {
    if (message.method === undefined && message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri) {
      this.diagnostics.set(message.params.uri, message.params.diagnostics ?? []);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    // Requests from the server: the settings it asks for, and an empty answer to anything else.
    if (message.id !== undefined && message.method !== undefined) {
      const result =
        message.method === 'workspace/configuration'
          ? (message.params?.items ?? []).map(() => (this.settings as { yaml: unknown }).yaml)
          : null;
      this.send({ id: message.id, result });
    }
  }

  open(uri: string, text: string): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /** The diagnostics of `uri` once `ready` accepts them (the server may publish more than once). */
  async diagnosticsOf(
    uri: string,
    ready: (d: Diagnostic[]) => boolean,
    timeoutMs: number,
  ): Promise<Diagnostic[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = this.diagnostics.get(uri);
      if (now && ready(now)) return now;
      const left = deadline - performance.now();
      if (left <= 0 || this.exited) return now ?? [];
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Asks the server to shut down, and kills it if it does not go. */
  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 3_000);
      this.notify('exit', null);
    } catch {}
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 3_000);
      this.child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
