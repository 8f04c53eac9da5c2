/** "a", "a and b", "a, b and c" (or "or"): lists in the site's sentences and messages. */
export function listPhrase(parts: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}

/** A count and its noun: "1 entry", "3 entries", "2 files". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
