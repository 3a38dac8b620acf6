// The file-system calls of the node layer and the CLI, as promises made from node:fs's callback
// API: node:fs/promises would load Node's readline, watcher and folder modules with it, about
// a millisecond of every start (issue 12).
import * as fs from 'node:fs';
import { promisify } from 'node:util';

export { constants } from 'node:fs';
export const access = promisify(fs.access);
export const close = promisify(fs.close);
export const fchmod = promisify(fs.fchmod);
export const fsync = promisify(fs.fsync);
export const lstat = promisify(fs.lstat);
export const mkdir = promisify(fs.mkdir);
export const open = promisify(fs.open);
export const readdir = promisify(fs.readdir);
export const readFile = promisify(fs.readFile);
/** The system's realpath, as node:fs/promises' is (fs.realpath resolves links in JavaScript). */
export const realpath = promisify(fs.realpath.native);
export const rename = promisify(fs.rename);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const writeFile = promisify(fs.writeFile);
