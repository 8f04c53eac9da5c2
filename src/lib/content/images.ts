/**
 * Images in an entry's text. The site shows no images (rehype-prose-only.ts):
 * nothing is fetched from another site, and a chart pasted as a picture says
 * nothing to a screen reader. An image with a web address becomes a link to
 * it, any other (a file beside the entry, a shared drive) only its
 * description, so the officer is told before the page quietly differs from
 * what they wrote. A warning, not an error: the page is built either way.
 *
 * A plain pattern over the text, not a Markdown parse: the check reads every
 * entry on every build, and images are rare.
 */
import { imageStandIn } from '../markdown/rehype-prose-only.ts';

/** A Markdown image `![description](address` or an HTML `<img …>`. */
const IMAGE = /!\[([^\]\n]*)\]\(\s*<?([^\s)>]*)|<img\b[^>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

const ALLOWED = 'text: say in words what the image shows, and link to the published document that holds it';

export interface ImageInText {
  /** The file line. */
  line: number;
  message: string;
}

function attribute(tag: string, name: string): string {
  const match = ATTRIBUTE(name).exec(tag);
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

function messageFor(description: string, address: string): string {
  const { text, href } = imageStandIn(description, address);
  const becomes = href
    ? `a link to ${href} reading “${text}”`
    : `the words “${text}” alone${address ? `, since ${address} is not a web address` : ''}`;
  return `warning: the site does not show images: this one becomes ${becomes} (allowed: ${ALLOWED})`;
}

/** Images in a body (starting on file line `firstLine`), each on its line. */
export function imagesInText(body: string, firstLine = 1): ImageInText[] {
  if (!/!\[|<img/i.test(body)) return [];
  return [...body.matchAll(IMAGE)].map((match) => {
    const [tag, description, address] = match;
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    return tag.startsWith('<')
      ? { line, message: messageFor(attribute(tag, 'alt'), attribute(tag, 'src')) }
      : { line, message: messageFor(description, address) };
  });
}
