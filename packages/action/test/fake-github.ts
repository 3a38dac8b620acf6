// A small fake of GitHub's REST API for the action's process tests: the routes the action
// uses, response shapes typed by @octokit/openapi-types, pagination by Link header, comment
// state kept across runs, and faults injected per route. It listens on 127.0.0.1 only.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type DiffEntry = components['schemas']['diff-entry'];
type ContentFile = components['schemas']['content-file'];
type IssueComment = components['schemas']['issue-comment'];
type SimpleUser = components['schemas']['simple-user'];
type BasicError = components['schemas']['basic-error'];

export interface RecordedRequest {
  method: string;
  /** Path without the query, percent-decoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the route works again (default: all). */
  times?: number;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  token: string;
  /** Who the token posts as (default github-actions[bot]); GET /user returns it. */
  userLogin?: string;
  /** GET /user answers 403, as for the job's GITHUB_TOKEN and GitHub App tokens (default when userLogin is unset). */
  userEndpointForbidden?: boolean;
  /** Largest page the fake serves, whatever per_page asks, so a few items need several pages. */
  pageSize?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Changed files per pull request number. */
  readonly pullFiles = new Map<number, DiffEntry[]>();
  /** File contents by `${ref}:${path}`. */
  readonly contents = new Map<string, string>();
  /** Comments per issue number, in creation order. */
  readonly comments = new Map<number, IssueComment[]>();
  readonly faults: Fault[] = [];
  url = '';
  #server: Server | undefined;
  #nextCommentId = 1000;

  constructor(readonly options: FakeGitHubOptions) {}

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', this.url);
        const text = Buffer.concat(chunks).toString('utf8');
        const recorded: RecordedRequest = {
          method: request.method ?? 'GET',
          path: decodeURIComponent(url.pathname),
          query: url.searchParams,
          headers: request.headers,
          body: text === '' ? undefined : (JSON.parse(text) as unknown),
        };
        this.requests.push(recorded);
        const { status, body, headers } = this.#answer(recorded, url);
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          ...headers,
        });
        response.end(body === undefined ? '' : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** A comment as GitHub returns it, by `login` (a Bot for logins ending in [bot]). */
  addComment(issue: number, body: string, login: string): IssueComment {
    const id = this.#nextCommentId++;
    const { owner, repo } = this.options;
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user: user(login),
      created_at: '2026-11-23T12:00:00Z',
      updated_at: '2026-11-23T12:00:00Z',
      author_association: login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  /** Requests other than those a test is not interested in, as "METHOD /path". */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  #answer(
    request: RecordedRequest,
    url: URL,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    if (request.headers.authorization !== `token ${this.options.token}`) {
      return error(401, 'Bad credentials');
    }
    const fault = this.faults.find(
      (f) => f.method === request.method && f.path.test(request.path) && (f.times ?? Infinity) > 0,
    );
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      return {
        status: fault.status,
        body: fault.body ?? { message: 'Server Error' },
        ...(fault.headers ? { headers: fault.headers } : {}),
      };
    }
    const { owner, repo } = this.options;
    const repoPath = `/repos/${owner}/${repo}`;
    const { method, path } = request;
    let match: RegExpExecArray | null;

    if (method === 'GET' && path === '/user') {
      if (this.options.userLogin === undefined || this.options.userEndpointForbidden)
        return error(403, 'Resource not accessible by integration');
      return { status: 200, body: user(this.options.userLogin) };
    }
    if (method === 'GET' && (match = new RegExp(`^${repoPath}/pulls/(\\d+)/files$`).exec(path))) {
      return this.#page(this.pullFiles.get(Number(match[1])) ?? [], url);
    }
    if (method === 'GET' && path.startsWith(`${repoPath}/contents/`)) {
      const file = path.slice(`${repoPath}/contents/`.length);
      const ref = request.query.get('ref') ?? 'main';
      const text = this.contents.get(`${ref}:${file}`);
      if (text === undefined) return error(404, 'Not Found');
      const body: ContentFile = {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(text),
        name: file.split('/').at(-1)!,
        path: file,
        // GitHub wraps base64 at 60 characters.
        content: (
          Buffer.from(text)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n'),
        sha: 'f'.repeat(40),
        url: `${this.url}${repoPath}/contents/${file}?ref=${ref}`,
        git_url: null,
        html_url: null,
        download_url: null,
        _links: {
          git: null,
          html: null,
          self: `${this.url}${repoPath}/contents/${file}?ref=${ref}`,
        },
      };
      return { status: 200, body };
    }
    if ((match = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(path))) {
      const issue = Number(match[1]);
      if (method === 'GET') return this.#page(this.comments.get(issue) ?? [], url);
      if (method === 'POST') {
        const { body } = request.body as { body: string };
        return {
          status: 201,
          body: this.addComment(issue, body, this.options.userLogin ?? 'github-actions[bot]'),
        };
      }
    }
    if (
      method === 'PATCH' &&
      (match = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(path))
    ) {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(match![1]));
      if (!comment) return error(404, 'Not Found');
      comment.body = (request.body as { body: string }).body;
      comment.updated_at = '2026-11-23T12:30:00Z';
      return { status: 200, body: comment };
    }
    return error(404, 'Not Found');
  }

  /** One page of `items` with GitHub's Link header. */
  #page(
    items: readonly unknown[],
    url: URL,
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      this.options.pageSize ?? 100,
    );
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url);
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }
}

/** A changed file as pulls.listFiles returns it. */
export function diffEntry(
  filename: string,
  status: DiffEntry['status'],
  extra: Partial<DiffEntry> = {},
): DiffEntry {
  return {
    sha: 'a'.repeat(40),
    filename,
    status,
    additions: 3,
    deletions: 1,
    changes: 4,
    blob_url: `https://github.com/acme/privacy-demo/blob/${'b'.repeat(40)}/${filename}`,
    raw_url: `https://github.com/acme/privacy-demo/raw/${'b'.repeat(40)}/${filename}`,
    contents_url: `https://api.github.com/repos/acme/privacy-demo/contents/${filename}?ref=${'b'.repeat(40)}`,
    patch: '@@ -1,1 +1,1 @@',
    ...extra,
  };
}

function user(login: string): SimpleUser {
  return {
    login,
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`,
    followers_url: '',
    following_url: '',
    gists_url: '',
    starred_url: '',
    subscriptions_url: '',
    organizations_url: '',
    repos_url: '',
    events_url: '',
    received_events_url: '',
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

function error(status: number, message: string): { status: number; body: BasicError } {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  };
}
