import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './errors.js';

/**
 * The one place PrivacySpec writes a file (fixes, reports, SARIF), creating its folder; a
 * failure is a CliError that names the file.
 */
export async function writeTextFile(path: string, text: string | Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
