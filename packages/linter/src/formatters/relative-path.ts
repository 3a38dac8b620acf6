/** A path relative to `cwd` with forward slashes, as GitHub, SARIF and terminals show it. */
export function relativePath(filePath: string, cwd: string): string {
  const file = filePath.replace(/\\/g, '/');
  const base = withoutTrailingSlashes(cwd.replace(/\\/g, '/'));
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}

/** `path` without its trailing `/` and `\` (a scan: `/[\\/]+$/` retries at every slash, quadratic). */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === '/' || path[end - 1] === '\\')) end -= 1;
  return path.slice(0, end);
}
