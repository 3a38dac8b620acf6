/** The process edges the CLI touches, so tests and the Action can run it in-process too. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours only then, and never with NO_COLOR). */
  isTTY: boolean;
}

export function useColor(io: CliIo): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}
