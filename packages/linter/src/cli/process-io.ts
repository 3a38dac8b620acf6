import { fstatSync, writeSync } from 'node:fs';
import type { CliIo } from './io.js';

// The CLI's standard output and error. A report goes to a pipe or a file with writeSync: Node's
// process.stdout would first load its stream, socket and tty modules, several milliseconds of
// a lint's start (issue 12). A terminal, and a pipe that cannot take more just now (EAGAIN:
// non-blocking, full), get Node's stream, which waits for it.

/** Whether a descriptor is a character device (a terminal, or /dev/null), the one kind a terminal is. */
function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** A reader that stops early (`privacyspec lint | head`) ends the run quietly, without a stack trace. */
function endIfReaderLeft(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
}

/**
 * Writes all of `text` to `fd`: through Node's stream for a character device, else
 * synchronously while it can, then through the stream for good. `characterDevice` is asked at
 * the first write, so a run that writes nothing to standard error never looks at it.
 */
function writerTo(
  fd: 1 | 2,
  get: () => NodeJS.WriteStream,
  characterDevice: () => boolean,
): (text: string) => void {
  let streaming: boolean | undefined;
  let listening = false;
  const stream = () => {
    const writable = get();
    if (!listening) {
      writable.on('error', (error: NodeJS.ErrnoException) => {
        endIfReaderLeft(error);
        throw error;
      });
      listening = true;
    }
    return writable;
  };
  return (text) => {
    streaming ??= characterDevice();
    if (streaming) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      endIfReaderLeft(error as NodeJS.ErrnoException);
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      streaming = true;
      stream().write(bytes.subarray(written));
    }
  };
}

/** The CliIo of this process; `node:tty` is loaded only when standard output is a character device. */
export async function processIo(): Promise<CliIo> {
  const stdoutIsDevice = isCharacterDevice(1);
  return {
    stdout: writerTo(
      1,
      () => process.stdout,
      () => stdoutIsDevice,
    ),
    stderr: writerTo(
      2,
      () => process.stderr,
      () => isCharacterDevice(2),
    ),
    cwd: process.cwd(),
    env: process.env,
    isTTY: stdoutIsDevice && (await import('node:tty')).isatty(1),
  };
}
