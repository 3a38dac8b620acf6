// Reads stay inside the project (issue 12, item 4), run as a process: the project is the git
// repository's top folder around the current folder, or the current folder outside git. A
// declaration or config that resolves outside it — through its own link or a linked parent
// folder — is refused at 1:1 and never read, so its content cannot reach the output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, runCli } from './run-cli.js';

const MODEL = readFileSync(examplePath('model'), 'utf8');
const SECRET = 'RUNNER-SECRET-VALUE';
/** A declaration whose only finding would print the secret (an unknown key is reported by name). */
const SECRET_DECLARATION = MODEL.replace('privacyspec: "1.0"', `privacyspec: "1.0"\n${SECRET}: x`);
/** A config that, if read, would print the secret in its "Unknown rule" error. */
const SECRET_CONFIG = `rules:\n  ${SECRET}: error\n`;

interface Layout {
  /** The git repository's top folder. */
  repo: string;
  /** A folder beside the repository, outside the project. */
  outside: string;
}

/** A git repository with the model declaration in app/, and a folder outside it holding secrets. */
function layout(): Layout {
  const base = mkdtempSync(join(tmpdir(), 'privacyspec-bounds-'));
  const repo = join(base, 'repo');
  const outside = join(base, 'outside');
  mkdirSync(join(repo, 'app'), { recursive: true });
  mkdirSync(outside);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(repo, 'app', 'privacy.yaml'), MODEL);
  writeFileSync(join(outside, 'privacy.yaml'), SECRET_DECLARATION);
  writeFileSync(join(outside, 'secret.yaml'), SECRET_DECLARATION);
  writeFileSync(join(outside, 'privacyspec.config.yaml'), SECRET_CONFIG);
  return { repo, outside };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
}

function lintJson(
  args: string[],
  cwd: string,
): { status: number | null; results: JsonResult[]; output: string } {
  const run = runCli(['lint', '--format', 'json', ...args], { cwd });
  return {
    status: run.status,
    results: JSON.parse(run.stdout) as JsonResult[],
    output: run.stdout + run.stderr,
  };
}

const LINK_OUT =
  'or a folder on its path, is a symbolic link that leads outside the project folder (or into .git); PrivacySpec does not follow it.';

describe('reads stay inside the project', () => {
  it('refuses a declaration that is a link out of the repository', () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'app', 'linked.yaml'));
    const run = lintJson(['app/linked.yaml'], repo);
    expect(run.results[0]!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'file',
        line: 1,
        column: 1,
        message: `The file, ${LINK_OUT}`,
      }),
    ]);
    expect(run.output).not.toContain(SECRET);
    expect(run.status).toBe(2);
  });

  it('refuses a declaration below a linked parent folder, named or found in a named folder', () => {
    const { repo, outside } = layout();
    symlinkSync(outside, join(repo, 'vendor'));
    for (const args of [['vendor/privacy.yaml'], ['vendor'], ['vendor/**/privacy.yaml']]) {
      const run = lintJson(args, repo);
      expect(
        run.results.map((r) => [
          r.filePath,
          r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`),
        ]),
      ).toEqual([[join(repo, 'vendor', 'privacy.yaml'), [`file 1:1 The file, ${LINK_OUT}`]]]);
      expect(run.output).not.toContain(SECRET);
      expect(run.status).toBe(2);
    }
    // A run over the whole project does not walk into the linked folder at all.
    const all = lintJson([], repo);
    expect(all.results.map((r) => r.filePath)).toEqual([join(repo, 'app', 'privacy.yaml')]);
    expect(all.status).toBe(0);
  });

  it('refuses a file outside the project, and reads one elsewhere in the repository from a subfolder', () => {
    const { repo, outside } = layout();
    mkdirSync(join(repo, 'docs'));
    const run = lintJson([join(outside, 'privacy.yaml')], repo);
    expect(run.results[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      [
        'file',
        1,
        1,
        `The file is outside the project folder ${repo}; PrivacySpec reads only files inside it (the git repository it runs in, or the workspace).`,
      ],
    ]);
    expect(run.output).not.toContain(SECRET);
    // The project is the repository's top folder, not the current folder.
    const fromDocs = lintJson(['../app/privacy.yaml'], join(repo, 'docs'));
    expect(fromDocs.results[0]!.messages).toEqual([]);
    expect(fromDocs.status).toBe(0);
  });

  it("refuses git's own files", () => {
    const { repo } = layout();
    writeFileSync(join(repo, '.git', 'privacy.yaml'), MODEL);
    const run = lintJson(['.git/privacy.yaml'], repo);
    expect(run.results[0]!.messages.map((m) => m.message)).toEqual([
      "The file is inside .git; PrivacySpec does not read git's own files.",
    ]);
  });

  it('outside a git repository, the current folder is the project', () => {
    const { outside } = layout();
    const elsewhere = mkdtempSync(join(tmpdir(), 'privacyspec-elsewhere-'));
    writeFileSync(join(elsewhere, 'privacy.yaml'), MODEL);
    expect(lintJson([], elsewhere).status).toBe(0);
    const run = lintJson([join(outside, 'privacy.yaml')], elsewhere);
    expect(run.results[0]!.messages[0]!.message).toContain(
      `outside the project folder ${elsewhere}`,
    );
  });

  it('refuses a privacyspec.config.yaml that is a link out of the repository, without printing it', () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, 'privacyspec.config.yaml'), join(repo, 'privacyspec.config.yaml'));
    const run = runCli(['lint', 'app'], { cwd: repo });
    expect(run.stderr).toBe(
      `privacyspec: ${join(repo, 'privacyspec.config.yaml')}:1:1: The config, ${LINK_OUT}\n`,
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.status).toBe(2);
    // diff looks the config up the same way.
    const diff = runCli(['diff', 'app/privacy.yaml', 'app/privacy.yaml'], { cwd: repo });
    expect(diff.stderr).toContain('1:1: The config, or a folder on its path, is a symbolic link');
    expect(diff.status).toBe(2);
  });

  it('refuses --config outside the project, and a config in a linked parent folder', () => {
    const { repo, outside } = layout();
    const explicit = runCli(['lint', '--config', join(outside, 'privacyspec.config.yaml'), 'app'], {
      cwd: repo,
    });
    expect(explicit.stderr).toBe(
      `privacyspec: ${join(outside, 'privacyspec.config.yaml')}:1:1: The config is outside the project folder ${repo}; PrivacySpec reads only files inside it (the git repository it runs in, or the workspace).\n`,
    );
    expect(explicit.status).toBe(2);
    // A config above the repository is not the project's: it is not looked for.
    writeFileSync(join(repo, '..', 'privacyspec.config.yaml'), SECRET_CONFIG);
    expect(runCli(['lint', 'app'], { cwd: repo }).status).toBe(0);
    symlinkSync(outside, join(repo, 'shared'));
    const linkedFolder = runCli(['lint', '--config', 'shared/privacyspec.config.yaml', 'app'], {
      cwd: repo,
    });
    expect(linkedFolder.stderr).toBe(
      `privacyspec: ${join(repo, 'shared', 'privacyspec.config.yaml')}:1:1: The config, ${LINK_OUT}\n`,
    );
    expect(linkedFolder.stdout + linkedFolder.stderr).not.toContain(SECRET);
  });

  it('a path that reaches the project through a link is read, and finds its config', () => {
    const { repo } = layout();
    writeFileSync(join(repo, 'privacyspec.config.yaml'), 'rules:\n  controller-identified: off\n');
    writeFileSync(
      join(repo, 'app', 'privacy.yaml'),
      MODEL.replace(/^controller:\n(?: {2}.*\n)+/m, 'controller: {}\n'),
    );
    const alias = join(repo, '..', 'alias');
    symlinkSync(repo, alias);
    const direct = lintJson(['app/privacy.yaml'], repo);
    const throughLink = lintJson([join(alias, 'app', 'privacy.yaml')], repo);
    expect(direct.results[0]!.messages.map((m) => m.ruleId)).not.toContain('controller-identified');
    expect(throughLink.results[0]!.messages.map((m) => m.ruleId)).toEqual(
      direct.results[0]!.messages.map((m) => m.ruleId),
    );
  });

  it('diff refuses either side when it resolves outside the project', () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'app', 'head.yaml'));
    const run = runCli(['diff', 'app/privacy.yaml', 'app/head.yaml', '--format', 'json'], {
      cwd: repo,
    });
    const { problem } = JSON.parse(run.stdout) as { problem?: { side: string; message: string } };
    expect(problem?.side).toBe('head');
    expect(problem?.message).toContain(`could not be read: The file, ${LINK_OUT}`);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.status).toBe(2);
  });
});
