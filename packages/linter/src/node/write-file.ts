import {
  access,
  close,
  constants,
  fchmod,
  fsync,
  mkdir,
  open,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from './fs.js';
import { basename, dirname, join } from 'node:path';
import { CliError } from './errors.js';

/** Why a write failed, in words, for the codes a full disk, a quota or a lock produce. */
const WRITE_FAILURES: Record<string, string> = {
  EFBIG: 'the file would exceed the size the system allows (EFBIG)',
  ENOSPC: 'the disk is full (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  EACCES: 'permission denied (EACCES)',
  EPERM: 'permission denied (EPERM)',
  EROFS: 'the file system is read-only (EROFS)',
  EISDIR: 'it is a folder (EISDIR)',
  ENOTDIR: 'a part of the path is not a folder (ENOTDIR)',
};

/** Makes each temporary name unique within the process (with the pid, across processes). */
let temporaryFiles = 0;

/**
 * The one place PrivacySpec writes a file (fixes, reports, SARIF), creating its folder. The
 * text goes to a temporary file beside the target, which then replaces it in one rename, so
 * a full disk or a size limit leaves the old file whole; an existing file keeps its mode,
 * and a link keeps pointing where it did (its target is replaced). A failure is a one-line
 * CliError that names the file.
 */
export async function writeTextFile(path: string, text: string | Uint8Array): Promise<void> {
  try {
    const target = await realpath(path).catch(() => path);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    const mode = await stat(target).then(
      (info) => info.mode & 0o7777,
      () => undefined,
    );
    // The rename would replace a file we may not write to; refuse as writing in place would.
    if (mode !== undefined) await access(target, constants.W_OK);
    // Beside the target, so the rename stays on one file system and is atomic.
    const temporary = join(
      folder,
      `.${basename(target)}.${process.pid}-${Date.now().toString(36)}-${++temporaryFiles}.tmp`,
    );
    const fd = await open(temporary, 'wx', mode ?? 0o666);
    try {
      try {
        await writeFile(fd, text);
        // open()'s mode passes through the umask; the file's own mode is what it had.
        if (mode !== undefined) await fchmod(fd, mode);
        await fsync(fd);
      } finally {
        await close(fd);
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(
      `Cannot write ${path}: ${WRITE_FAILURES[code] ?? (code || String(error))}; nothing was changed.`,
    );
  }
}
