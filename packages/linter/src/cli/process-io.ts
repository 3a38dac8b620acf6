import { fstatSync, writeSync } from 'node:fs';
import type { CliIo } from './io.js';

// The CLI's standard output and error. A report goes to a pipe or a file with writeSync: Node's
// process.stdout would first load its stream, socket and tty modules, several milliseconds of
// a lint's start (issue 12). A terminal, and a pipe that cannot take more just now (EAGAIN:
// non-blocking, full), get Node's stream, which waits for it.

/** Whether a descriptor is a terminal; `node:tty` is loaded only for character devices, the one kind a terminal is. */
async function isTerminal(fd: number): Promise<boolean> {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = await import('node:tty');
  return isatty(fd);
}

/** Writes all of `text` to `fd`, synchronously while it can, then through `stream` for good. */
function writerTo(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let streaming = false;
  return (text) => {
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
  const stdout = quietOnEpipe(() => process.stdout);
  const stderr = quietOnEpipe(() => process.stderr);
  const [stdoutIsTTY, stderrIsTTY] = await Promise.all([isTerminal(1), isTerminal(2)]);
  return {
    stdout: stdoutIsTTY ? (text) => stdout().write(text) : writerTo(1, stdout),
    stderr: stderrIsTTY ? (text) => stderr().write(text) : writerTo(2, stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: stdoutIsTTY,
  };
}
