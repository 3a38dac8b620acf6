/** Entries a cache of perText holds before it is emptied. */
const MAX_TEXTS = 4096;
/** Characters of the texts it holds, all together, before it is emptied. */
const MAX_CHARACTERS = 1 << 20;
/** Longer texts are read each time: they are rare, and a cache of them would hold much memory. */
const MAX_TEXT_LENGTH = 4096;

/** Every perText cache, for forgetRememberedTexts. */
const CACHES: Array<{ clear(): void }> = [];

/**
 * A pure function of a text, remembered per distinct text. Declarations repeat their texts
 * (one retention sentence, legitimate interest or citation on many purposes), and the rules
 * ask about each text of each purpose: each distinct text is read once. Bounded, so that no
 * file can grow it: emptied when full. The results are shared: callers must not change them.
 */
export function perText<R>(compute: (text: string) => R): (text: string) => R {
  const known = new Map<string, R>();
  let characters = 0;
  const cache = {
    clear() {
      known.clear();
      characters = 0;
    },
  };
  CACHES.push(cache);
  return (text) => {
    const result = known.get(text);
    if (result !== undefined || known.has(text)) return result as R;
    const computed = compute(text);
    if (text.length > MAX_TEXT_LENGTH) return computed;
    if (known.size >= MAX_TEXTS || characters + text.length > MAX_CHARACTERS) cache.clear();
    known.set(text, computed);
    characters += text.length;
    return computed;
  };
}

/**
 * Empties every perText cache. load() calls it for each declaration: a text cut from a file
 * (and a result cut from that text) keeps the whole file's text in memory, so remembering the
 * texts of earlier files would keep those files alive through a run over many files.
 */
export function forgetRememberedTexts(): void {
  for (const cache of CACHES) cache.clear();
}
