// The file-system calls of the node layer and the CLI: synchronous calls behind functions that
// return promises, so callers read as they would with node:fs/promises. A PrivacySpec run has
// nothing else to do while it waits for a local file, and asynchronous calls would start libuv's
// thread pool and make a round trip through it per call, about 4 ms of a lint's start (issue 12;
// node:fs/promises itself would also load Node's readline, watcher and folder modules). A
// failing call rejects its promise, as the asynchronous one would.
import * as fs from 'node:fs';

export { constants } from 'node:fs';

export const access = async (path: string, mode?: number): Promise<void> =>
  fs.accessSync(path, mode);
export const close = async (fd: number): Promise<void> => fs.closeSync(fd);
export const fchmod = async (fd: number, mode: number): Promise<void> => fs.fchmodSync(fd, mode);
export const fsync = async (fd: number): Promise<void> => fs.fsyncSync(fd);
export const lstat = async (path: string): Promise<fs.Stats> => fs.lstatSync(path);
export const mkdir = async (path: string, options: { recursive: true }): Promise<void> => {
  fs.mkdirSync(path, options);
};
export const open = async (path: string, flags: string, mode: number): Promise<number> =>
  fs.openSync(path, flags, mode);
export const readdir = async (
  path: string,
  options: { withFileTypes: true },
): Promise<fs.Dirent[]> => fs.readdirSync(path, options);
export function readFile(path: string): Promise<Buffer>;
export function readFile(path: string, encoding: BufferEncoding): Promise<string>;
export async function readFile(path: string, encoding?: BufferEncoding): Promise<Buffer | string> {
  return encoding === undefined ? fs.readFileSync(path) : fs.readFileSync(path, encoding);
}
/** The system's realpath, as node:fs/promises' is (fs.realpathSync resolves links in JavaScript). */
export const realpath = async (path: string): Promise<string> => fs.realpathSync.native(path);
export const rename = async (from: string, to: string): Promise<void> => fs.renameSync(from, to);
export const rm = async (path: string, options: { force: true }): Promise<void> =>
  fs.rmSync(path, options);
export const stat = async (path: string): Promise<fs.Stats> => fs.statSync(path);
export const writeFile = async (
  file: string | number,
  data: string | Uint8Array,
  options?: { flag: string },
): Promise<void> => fs.writeFileSync(file, data, options);
