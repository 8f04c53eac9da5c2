/**
 * What an entry's title link in a list adds out of sight: its council and
 * date, " (Bradford, From 27 July 2022)". Titles repeat ("Monitoring visit:
 * care leavers"), and a screen reader's list of links or headings shows the
 * link alone. The lists' components and the search page's script use it.
 */
export function titleContext(...parts: (string | undefined)[]): string {
  return ` (${parts.filter(Boolean).join(', ')})`;
}
