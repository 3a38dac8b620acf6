import * as core from '@actions/core';
import { FAIL_ON, FAIL_ON_RISK, type FailOn, type FailOnRisk } from '@privacyspec/linter/gate';

export interface Inputs {
  /** Globs, one per line, relative to the repository root; a line starting with ! excludes. */
  files: string[];
  /** A config file relative to the workspace; undefined means the nearest privacyspec.config.yaml. */
  config: string | undefined;
  /** New findings at this level fail the step (on push: any finding). */
  failOn: FailOn;
  /** Changes in data handling at this risk or above fail the step. */
  failOnRisk: FailOnRisk;
  comment: boolean;
  githubToken: string;
  /** Where to write SARIF, relative to the workspace; undefined writes none. */
  sarifFile: string | undefined;
  /** Scan manifests, lockfiles and templates for services the declarations do not name. */
  scan: boolean;
  /** What to scan: folders, files or globs relative to the repository root, one per line; a line starting with ! excludes. */
  scanPaths: string[];
}

/** A bad input value: the step fails with this one-line reason. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

// The YAML 1.2 core schema's booleans, as core.getBooleanInput accepts them.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * Reads and validates the inputs as the runner passes them (INPUT_<NAME>, defaults from
 * action.yml already filled in). Every problem is an InputError with a one-line reason.
 */
export function readInputs(get: (name: string) => string = (name) => core.getInput(name)): Inputs {
  const files = pathLines(get('files'), 'files', '**/privacy.yaml');

  const failOn = get('fail-on');
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(
      `Input "fail-on" is "${oneLine(failOn)}"; use one of ${FAIL_ON.join(', ')}.`,
    );
  }

  const failOnRisk = get('fail-on-risk');
  if (!(FAIL_ON_RISK as readonly string[]).includes(failOnRisk)) {
    throw new InputError(
      `Input "fail-on-risk" is "${oneLine(failOnRisk)}"; use one of ${FAIL_ON_RISK.join(', ')}.`,
    );
  }

  const comment = booleanInput(get, 'comment');
  const scan = booleanInput(get, 'scan');
  // A folder's trailing slash is dropped ("src/" is "src"); the repository itself is ".".
  // Counted back by hand: /\/+$/ would retry at every slash of a long run (quadratic).
  const scanPaths = pathLines(get('scan-paths') || '.', 'scan-paths', 'src/').map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === '/') end--;
    return end === 0 ? '.' : line.slice(0, end);
  });

  const config = get('config');
  const sarifFile = get('sarif-file');
  for (const [name, value] of [
    ['config', config],
    ['sarif-file', sarifFile],
  ] as const) {
    if (/[\r\n\0]/.test(value))
      throw new InputError(`Input "${name}" must be one path, not several lines.`);
  }

  return {
    files,
    config: config === '' ? undefined : config,
    failOn: failOn as FailOn,
    failOnRisk: failOnRisk as FailOnRisk,
    comment,
    githubToken: get('github-token'),
    sarifFile: sarifFile === '' ? undefined : sarifFile,
    scan,
    scanPaths,
  };
}

function booleanInput(get: (name: string) => string, name: string): boolean {
  const value = get(name);
  if (!TRUE.has(value) && !FALSE.has(value))
    throw new InputError(`Input "${name}" is "${oneLine(value)}"; use true or false.`);
  return TRUE.has(value);
}

/**
 * A multi-line input of paths or globs relative to the repository root: trimmed, a leading
 * ./ dropped, blank lines skipped; a line starting with ! excludes, and at least one must include.
 */
function pathLines(value: string, name: string, example: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(!?)\.\/(?=.)/, '$1'))
    .filter((line) => line !== '');
  if (lines.length === 0)
    throw new InputError(`Input "${name}" is empty; give a glob such as ${example}.`);
  for (const pattern of lines) {
    const path = pattern.replace(/^!/, '');
    if (
      path === '' ||
      path.startsWith('/') ||
      /^[A-Za-z]:[\\/]/.test(path) ||
      path.split(/[\\/]/).includes('..')
    ) {
      throw new InputError(
        `Input "${name}" has "${pattern}"; paths and globs are relative to the repository root (no leading /, no ..).`,
      );
    }
  }
  if (lines.every((pattern) => pattern.startsWith('!'))) {
    throw new InputError(
      `Input "${name}" only excludes (every line starts with !); add a line to include, such as ${example}.`,
    );
  }
  return lines;
}

function oneLine(value: string): string {
  const line = value.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
