/** A path relative to `cwd` with forward slashes, as GitHub, SARIF and terminals show it. */
export function relativePath(filePath: string, cwd: string): string {
  const file = filePath.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/+$/, '');
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
