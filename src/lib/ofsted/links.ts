/** An Ofsted page's address as compared: http and https alike, without a trailing slash, in any case. */
export function comparableLink(link: string): string {
  return link.trim().replace(/^http:/i, 'https:').replace(/\/+$/, '').toLowerCase();
}
