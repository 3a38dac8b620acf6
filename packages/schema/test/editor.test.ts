// The editor case, end to end: the real yaml-language-server (as the Red Hat YAML extension
// runs it) validates a privacy.yaml against privacyspec.schema.json loaded from this package,
// shows a diagnostic on a misspelt key and the schema's description on hover. The client is a
// minimal LSP client written here: Content-Length framed JSON-RPC over the server's stdio.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(packageDir, 'privacyspec.schema.json');
const schemaUri = pathToFileURL(schemaPath).href;
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
  $defs: Record<string, { description?: string }>;
};
const example = readFileSync(
  join(packageDir, '..', '..', 'examples', 'optimera', 'privacy.yaml'),
  'utf8',
);

const TIMEOUT = 30_000;

/** The server's entry, from its package.json "bin" (resolved as Node resolves the devDependency). */
function serverEntry(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('yaml-language-server/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin: Record<string, string>;
  };
  return join(dirname(manifestPath), manifest.bin['yaml-language-server']!);
}

const settings = {
  yaml: {
    validate: true,
    hover: true,
    // The schema comes from this package's file, never the network: no Schema Store catalogue
    // (its default is to download https://www.schemastore.org/api/json/catalog.json).
    schemaStore: { enable: false },
    schemas: { [schemaUri]: ['*privacy.yaml'] },
  },
};

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
  data?: { schemaUri?: string[] };
}

/** Content-Length framed JSON-RPC over a child's stdio, with waiting for notifications. */
class LspClient {
  readonly #server: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<
    number,
    { resolve: (result: unknown) => void; reject: (error: Error) => void }
  >();
  readonly #notifications: Message[] = [];
  readonly #waiters: Array<{
    accept: (message: Message) => boolean;
    resolve: (message: Message) => void;
  }> = [];
  readonly #requestHandlers = new Map<string, (params: unknown) => unknown>();
  stderr = '';

  constructor(server: ChildProcessWithoutNullStreams) {
    this.#server = server;
    server.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
    server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    server.on('exit', (code, signal) => {
      const error = new Error(`yaml-language-server exited (${code ?? signal}): ${this.stderr}`);
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
    });
  }

  onRequest(method: string, handler: (params: unknown) => unknown): void {
    this.#requestHandlers.set(method, handler);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or still to come) that `accept` takes. */
  waitFor(accept: (message: Message) => boolean, what: string): Promise<Message> {
    const seen = this.#notifications.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No ${what} within ${TIMEOUT} ms. Server stderr:\n${this.stderr}`)),
        TIMEOUT,
      );
      this.#waiters.push({
        accept,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.#server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#server.stdin.write(body);
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = /Content-Length: *(\d+)/i.exec(
        this.#buffer.subarray(0, headerEnd).toString('ascii'),
      );
      if (!length)
        throw new Error(`Bad LSP header: ${this.#buffer.subarray(0, headerEnd).toString('ascii')}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.#buffer.length < end) return;
      const message = JSON.parse(this.#buffer.subarray(start, end).toString('utf8')) as Message;
      this.#buffer = this.#buffer.subarray(end);
      this.#dispatch(message);
    }
  }

  #dispatch(message: Message): void {
    if (message.id !== undefined && message.method !== undefined) {
      // A request from the server: answer it (configuration) or say we do not know it.
      const handler = this.#requestHandlers.get(message.method);
      Promise.resolve(handler ? handler(message.params) : null).then(
        (result) => this.#send({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
        (error: unknown) =>
          this.#send({
            jsonrpc: '2.0',
            id: message.id,
            error: { code: -32603, message: String(error) },
          }),
      );
    } else if (message.id !== undefined) {
      const pending = this.#pending.get(Number(message.id));
      this.#pending.delete(Number(message.id));
      if (message.error)
        pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    } else {
      this.#notifications.push(message);
      for (const waiter of [...this.#waiters]) {
        if (waiter.accept(message)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    }
  }
}

describe('yaml-language-server with privacyspec.schema.json', () => {
  let server: ChildProcessWithoutNullStreams;
  let client: LspClient;
  let workDir: string;
  let uri: string;
  let text: string;

  beforeAll(async () => {
    server = spawn(process.execPath, [serverEntry(), '--stdio'], { stdio: 'pipe' });
    client = new LspClient(server);
    client.onRequest('workspace/configuration', (params) =>
      (params as { items: Array<{ section?: string }> }).items.map(({ section }) =>
        section === undefined ? settings : section === 'yaml' ? settings.yaml : null,
      ),
    );
    for (const method of [
      'client/registerCapability',
      'client/unregisterCapability',
      'window/workDoneProgress/create',
    ]) {
      client.onRequest(method, () => null);
    }

    workDir = mkdtempSync(join(tmpdir(), 'privacyspec-editor-'));
    const file = join(workDir, 'privacy.yaml');
    // The example's modeline names the schema by a path relative to the repository; in a
    // temporary folder it would point nowhere and override the settings, so it goes.
    text = example
      .replace(
        /^# yaml-language-server: \$schema=.*$/m,
        '# a copy of examples/optimera/privacy.yaml',
      )
      .replace(/^( +)retention:/m, '$1retension:');
    writeFileSync(file, text);
    uri = pathToFileURL(file).href;

    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workDir).href,
      workspaceFolders: [{ uri: pathToFileURL(workDir).href, name: 'editor-test' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: false },
          synchronization: { didSave: false },
        },
      },
      initializationOptions: {},
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
  }, TIMEOUT * 2);

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // The LSP way first (shutdown, then exit); a kill if the server does not answer.
      const shutdown = client.request('shutdown', null).then(() => client.notify('exit', null));
      const timeout = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
      await Promise.race([Promise.all([shutdown, exited]), timeout]).catch(() => undefined);
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGKILL');
        await exited;
      }
    }
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('the copy has the typo the test expects', () => {
    expect(text).toMatch(/^ +retension:/m);
    expect(text).not.toMatch(/\$schema=/);
  });

  it(
    'publishes a diagnostic on the misspelt key, at its (0-based) line',
    async () => {
      const typoLine = text.split('\n').findIndex((line) => /^ +retension:/.test(line));
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
      const published = await client.waitFor(
        (message) =>
          message.method === 'textDocument/publishDiagnostics' &&
          (message.params as { uri: string; diagnostics: LspDiagnostic[] }).uri === uri &&
          (message.params as { diagnostics: LspDiagnostic[] }).diagnostics.some(
            (diagnostic) => diagnostic.range.start.line === typoLine,
          ),
        `publishDiagnostics with a diagnostic on line ${typoLine} (0-based)`,
      );
      const diagnostics = (published.params as { diagnostics: LspDiagnostic[] }).diagnostics;
      const onTypo = diagnostics.filter((diagnostic) => diagnostic.range.start.line === typoLine);
      expect(onTypo, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
      expect(onTypo[0]!.message).toMatch(/retension/);
      expect(onTypo[0]!.message).toMatch(/not allowed/i);
      // … found by this package's schema, read from its file.
      expect(onTypo[0]!.data?.schemaUri).toEqual([schemaUri]);
      // The key itself is underlined, from its first character.
      expect(onTypo[0]!.range.start.character).toBe(
        text.split('\n')[typoLine]!.indexOf('retension'),
      );
      // Nothing but the typo: the schema loaded, and it accepts the rest of the example.
      expect(
        diagnostics.filter((diagnostic) => diagnostic !== onTypo[0]),
        JSON.stringify(diagnostics, null, 2),
      ).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'resolves the offline modeline `privacyspec init` writes, relative to the file, to the installed package',
    async () => {
      // A project with the package installed; the declaration one folder down, under a name the
      // settings do not map, so the schema can only come from the modeline.
      const installed = join(workDir, 'node_modules', '@privacyspec', 'schema');
      mkdirSync(installed, { recursive: true });
      cpSync(schemaPath, join(installed, 'privacyspec.schema.json'));
      mkdirSync(join(workDir, 'legal'));
      const file = join(workDir, 'legal', 'notice.yaml');
      const modelined = `# yaml-language-server: $schema=../node_modules/@privacyspec/schema/privacyspec.schema.json\n${text}`;
      writeFileSync(file, modelined);
      const fileUri = pathToFileURL(file).href;
      const typoLine = modelined.split('\n').findIndex((line) => /^ +retension:/.test(line));
      client.notify('textDocument/didOpen', {
        textDocument: { uri: fileUri, languageId: 'yaml', version: 1, text: modelined },
      });
      const published = await client.waitFor(
        (message) =>
          message.method === 'textDocument/publishDiagnostics' &&
          (message.params as { uri: string }).uri === fileUri &&
          (message.params as { diagnostics: LspDiagnostic[] }).diagnostics.some(
            (diagnostic) => diagnostic.range.start.line === typoLine,
          ),
        `publishDiagnostics for the modeline file on line ${typoLine} (0-based)`,
      );
      const diagnostics = (published.params as { diagnostics: LspDiagnostic[] }).diagnostics;
      expect(diagnostics, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
      expect(diagnostics[0]!.message).toMatch(/retension/);
      expect(diagnostics[0]!.data?.schemaUri).toEqual([
        pathToFileURL(join(installed, 'privacyspec.schema.json')).href,
      ]);
    },
    TIMEOUT,
  );

  it(
    'shows the schema description of legalBasis on hover',
    async () => {
      const lines = text.split('\n');
      const line = lines.findIndex((l) => /^ +legalBasis:/.test(l));
      const character = lines[line]!.indexOf('legalBasis') + 3;
      const hover = await client.request<{
        contents: { kind?: string; value: string } | string;
      } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      });
      expect(hover).not.toBeNull();
      if (!hover) return;
      const contents = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
      expect(contents).toContain(schema.$defs.legalBasis!.description);
      expect(contents).toContain(`(${schemaUri})`);
    },
    TIMEOUT,
  );
});
