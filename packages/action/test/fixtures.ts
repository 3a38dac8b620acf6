// Workspaces and pull requests built from the repository's examples.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { diffEntry, FakeGitHub } from './fake-github.js';
import { OWNER, REPO, TOKEN } from './run-action.js';

export const EXAMPLES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'examples',
);
export const BASE_SHA = '1111111111111111111111111111111111111111';
export const HEAD_SHA = '2222222222222222222222222222222222222222';
export const PR_NUMBER = 42;

/** Text from declaration data that must reach the comment only escaped. */
export const HOSTILE_NAME = 'Mailer <img src=x onerror=alert(1)> AB | @octocat #1';

export function example(name: string, file = 'privacy.yaml'): Promise<string> {
  return readFile(join(EXAMPLES, name, file), 'utf8');
}

/** A temp workspace holding `files` (repository-relative path → text). */
export async function makeWorkspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'privacyspec-workspace-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  // A dependency's declaration must never be linted.
  await mkdir(join(root, 'node_modules', 'dep'), { recursive: true });
  await writeFile(join(root, 'node_modules', 'dep', 'privacy.yaml'), 'not: [a declaration');
  return root;
}

export async function copyExample(workspace: string, name: string, to: string): Promise<void> {
  await cp(join(EXAMPLES, name, 'privacy.yaml'), join(workspace, to));
}

/**
 * The model example as head, with its newsletter platform renamed to hostile text, and a
 * base made from it by removing that recipient and shortening a retention: the pull request
 * then adds a recipient and lengthens a retention.
 */
export async function shopPair(): Promise<{ head: string; base: string }> {
  const text = await example('model');
  const head = parseDocument(text);
  const recipients = head.get('recipients') as {
    items: { get(key: string): unknown; set(key: string, value: unknown): void }[];
  };
  const mailPlatform = recipients.items.find((r) => r.get('id') === 'mail-platform');
  if (!mailPlatform) throw new Error('examples/model has no mail-platform recipient');
  mailPlatform.set('name', HOSTILE_NAME);
  const base = parseDocument(head.toString());
  const baseRecipients = base.get('recipients') as { items: { get(key: string): unknown }[] };
  baseRecipients.items = baseRecipients.items.filter((r) => r.get('id') !== 'mail-platform');
  const purposes = base.get('purposes') as {
    items: {
      get(key: string): unknown;
      delete(key: string): void;
      setIn(path: string[], value: unknown): void;
    }[];
  };
  for (const purpose of purposes.items) {
    if (purpose.get('id') === 'newsletter') purpose.delete('recipients');
    if (purpose.get('id') === 'credit-check') purpose.setIn(['retention', 'duration'], 'P3M');
  }
  return { head: head.toString(), base: base.toString() };
}

export interface PullRequestFixture {
  github: FakeGitHub;
  workspace: string;
}

/**
 * The pull request most tests use: it changes the optimera declaration (base: the example's
 * privacy.before.yaml), the shop declaration (shopPair), a README, a source file and deletes
 * an old declaration (legacy/, the dentalclean example at the base). The fake serves two items per page, so listing takes three pages.
 */
export async function optimeraPullRequest(
  options: { userLogin?: string; userEndpointForbidden?: boolean } = {},
): Promise<PullRequestFixture> {
  const shop = await shopPair();
  const workspace = await makeWorkspace({
    'optimera/privacy.yaml': await example('optimera'),
    'shop/privacy.yaml': shop.head,
    'README.md': '# Demo\n',
    'src/index.ts': 'export {};\n',
  });
  const github = new FakeGitHub({
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    pageSize: 2,
    ...options,
  });
  await github.start();
  github.pullFiles.set(PR_NUMBER, [
    diffEntry('README.md', 'modified'),
    diffEntry('optimera/privacy.yaml', 'modified'),
    diffEntry('legacy/privacy.yaml', 'removed'),
    diffEntry('shop/privacy.yaml', 'modified'),
    diffEntry('src/index.ts', 'added'),
  ]);
  github.contents.set(
    `${BASE_SHA}:optimera/privacy.yaml`,
    await example('optimera', 'privacy.before.yaml'),
  );
  github.contents.set(`${BASE_SHA}:shop/privacy.yaml`, shop.base);
  github.contents.set(`${BASE_SHA}:README.md`, '# Old demo\n');
  github.contents.set(`${BASE_SHA}:legacy/privacy.yaml`, await example('dentalclean'));
  return { github, workspace };
}
