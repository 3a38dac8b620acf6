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

/** Whether a descriptor is a terminal; `node:tty` is loaded only for character devices. */
async function isTerminal(fd: number): Promise<boolean> {
  if (!isCharacterDevice(fd)) return false;
  const { isatty } = await import('node:tty');
  return isatty(fd);
}

/**
 * Writes all of `text` to `fd`: through Node's stream for a character device, else
 * synchronously while it can, then through the stream for good. Decided at the first write, so
 * a run that writes nothing to standard error never looks at it.
 */
function writerTo(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let streaming: boolean | undefined;
  return (text) => {
    streaming ??= isCharacterDevice(fd);
    if (streaming) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text);
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A reader that stops early (`privacyspec lint | head`) is not an error worth a stack trace.
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw error;
      streaming = true;
      stream().write(bytes.subarray(written));
    }
  };
}

/** A stream with the same quiet end on EPIPE, set up when first used. */
function quietOnEpipe(get: () => NodeJS.WriteStream): () => NodeJS.WriteStream {
  let ready = false;
  return () => {
    const stream = get();
    if (!ready) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      ready = true;
    }
    return stream;
  };
}

/** The CliIo of this process. */
export async function processIo(): Promise<CliIo> {
  return {
    stdout: writerTo(
      1,
      quietOnEpipe(() => process.stdout),
    ),
    stderr: writerTo(
      2,
      quietOnEpipe(() => process.stderr),
    ),
    cwd: process.cwd(),
    env: process.env,
    isTTY: await isTerminal(1),
  };
}
