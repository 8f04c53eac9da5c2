/** "a", "a and b", "a, b and c" (or "or"): lists in the site's sentences and messages. */
export function listPhrase(parts: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}
