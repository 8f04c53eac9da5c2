/**
 * Bullets pasted from a word processor ("• Caseloads are manageable"):
 * Markdown reads such a line as text, so under a list item it silently runs
 * on into that item, and elsewhere it shows a stray bullet in a paragraph.
 * The check refuses them and says how to write a list item.
 *
 * Only marks nobody starts a line of prose with: a line starting "– " or
 * "— " may be a sentence wrapped at a dash, so dashes are left alone.
 */

/** A pasted bullet at a line's start, and what the message calls it. */
const KINDS: { pattern: RegExp; describe: (mark: string) => string }[] = [
  { pattern: /^[ \t]*([•◦▪‣·●○■□])[ \t]*\S/u, describe: (mark) => `${mark}, a bullet pasted from a word processor` },
  // Word's Symbol-font bullet arrives as a private-use character (U+F0B7 and its neighbours), which shows as a box or nothing.
  { pattern: /^[ \t]*([\uF000-\uF0FF])/u, describe: (mark) => `an unreadable character (U+${mark.codePointAt(0)!.toString(16).toUpperCase()}), a bullet pasted from Word` },
  { pattern: /^[ \t]*(o)\t/u, describe: () => 'the letter "o" and a tab, a second-level bullet pasted from Word' },
  { pattern: /^[ \t]*(-)\p{L}/u, describe: () => '"-" with no space after it' },
];

/** The same patterns over the whole body at once, run first: most bodies hold none. */
const ANY = new RegExp(KINDS.map((k) => k.pattern.source).join('|'), 'mu');

export interface PastedBullet {
  /** The file line. */
  line: number;
  message: string;
}

/** Lines of a body (starting on file line `firstLine`) that begin with a pasted bullet. */
export function pastedBullets(body: string, firstLine = 1): PastedBullet[] {
  if (!ANY.test(body)) return [];
  return body.split('\n').flatMap((text, i) => {
    for (const { pattern, describe } of KINDS) {
      const mark = pattern.exec(text)?.[1];
      if (mark) {
        return [{ line: firstLine + i, message: `this line starts with ${describe(mark)}, which the site shows as plain text rather than a list item (allowed: start each list item with "- ")` }];
      }
    }
    return [];
  });
}
