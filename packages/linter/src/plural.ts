/** "1 warning", "2 warnings": the word for a count. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
