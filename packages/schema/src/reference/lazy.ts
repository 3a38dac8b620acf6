/**
 * A value computed on first use, then kept: reference lists that take work to compile (folded
 * words, phrase slots) cost nothing at import, so a run that never asks for them never pays
 * (the CLI's start-up, issue 12).
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
