import { readFile, stat } from './fs.js';
import { DEFAULT_LIMITS, START_OF_FILE, type Diagnostic } from '@privacyspec/schema';
import { realPathInside } from './project.js';

/** The text, and whether the bytes began with a UTF-8 byte-order mark (not in `text`), so a fix can keep it. */
export type ReadOutcome = { text: string; byteOrderMark?: true } | { problem: Diagnostic };
/** A side of a review: the text, a problem, or no such file (new on head, deleted from base). */
export type SideOutcome = ReadOutcome | { missing: true };
/** Reads one declaration; the CLI reads files or git, the Action files or the REST API. */
export type DeclarationReader = (filePath: string) => Promise<SideOutcome>;

export interface ReadOptions {
  /**
   * The project folder (projectRoot, or the Action's workspace): a file is read only when it
   * resolves inside it and out of .git, links and linked parent folders included, so a pull
   * request cannot make PrivacySpec read runner files into a report.
   */
  root: string;
  /** Refuse larger files before reading them (default: the loader's 10 MB). */
  maxBytes?: number;
}

/** The message for a declaration that is not there, the same wherever it was looked for. */
export const NOT_FOUND = 'The file was not found.';

/**
 * Reads a declaration as UTF-8, refusing what load() should never see: a file that resolves
 * outside `root`, a directory, a file over the size limit (checked before reading), and what
 * decodeDeclaration refuses. The one place PrivacySpec reads a declaration from disk.
 */
export async function readDeclarationFile(
  path: string,
  options: ReadOptions,
): Promise<SideOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  try {
    const inside = await realPathInside(options.root, path, 'file');
    if ('refused' in inside) return fileProblem(inside.refused);
    const info = await stat(inside.real);
    if (info.isDirectory())
      return fileProblem(
        'This is a folder, not a file. Name a privacy.yaml, or the folder without a file name to lint every privacy.yaml in it.',
      );
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    return decodeDeclaration(await readFile(inside.real), maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    const reasons: Record<string, string> = {
      EACCES: 'The file cannot be read: permission denied.',
      EPERM: 'The file cannot be read: permission denied.',
      EISDIR: 'This is a folder, not a file.',
      ELOOP: 'The path is a symbolic link that loops back on itself.',
    };
    return fileProblem(
      reasons[code ?? ''] ?? `The file cannot be read (${code ?? 'unknown error'}).`,
    );
  }
}

/** A missing file as the `file` problem lint reports for it. */
export function orNotFound(read: SideOutcome): ReadOutcome {
  return 'missing' in read ? fileProblem(NOT_FOUND) : read;
}

/**
 * A declaration's bytes (from a file or an API) as UTF-8 text, refusing more than maxBytes,
 * binary data (a NUL byte) and invalid UTF-8 (a fatal decoder, so a bad byte is reported at
 * its line and column instead of becoming U+FFFD). Pure: bytes in, text or a `file` problem out.
 */
export function decodeDeclaration(
  bytes: Uint8Array,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): ReadOutcome {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      problem: {
        ...fileProblem('The file contains binary data (a NUL byte), not YAML text.').problem,
        range: rangeAt(bytes, nul),
      },
    };
  try {
    // The decoder drops a leading byte-order mark; remember it so a fix can write it back.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? { text, byteOrderMark: true }
      : { text };
  } catch {
    return {
      problem: {
        ...fileProblem('The file is not valid UTF-8 text here. Save it as UTF-8.').problem,
        range: rangeAt(bytes, firstInvalidUtf8(bytes)),
      },
    };
  }
}

function tooLarge(size: number, maxBytes: number): { problem: Diagnostic } {
  return fileProblem(
    `The file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit PrivacySpec reads; it was not parsed.`,
  );
}

/** A `file` problem about the whole file, at its start. */
export function fileProblem(message: string): { problem: Diagnostic } {
  return {
    problem: { ruleId: 'file', severity: 'error', message, path: '', range: START_OF_FILE },
  };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    // Overlong 3/4-byte forms and surrogates are invalid too; the decoder already said so.
    if (length === 3 && byte === 0xe0 && bytes[i + 1]! < 0xa0) return i;
    if (length === 3 && byte === 0xed && bytes[i + 1]! >= 0xa0) return i;
    if (length === 4 && byte === 0xf0 && bytes[i + 1]! < 0x90) return i;
    if (length === 4 && byte === 0xf4 && bytes[i + 1]! >= 0x90) return i;
    i += length;
  }
  return bytes.length;
}

/** 1-based line and column (in characters) of a byte offset in valid-so-far UTF-8. */
function rangeAt(bytes: Uint8Array, offset: number): Diagnostic['range'] {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  const line = lines.length;
  const column = (lines.at(-1) ?? '').length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
