/**
 * Bullets pasted from a word processor ("• Caseloads are manageable"):
 * Markdown reads such a line as text, so under a list item it silently runs
 * on into that item, and elsewhere it shows a stray bullet in a paragraph.
 * The check refuses them and says how to write a list item.
 */
const BULLETS = /[•◦▪‣]/;
const BULLET_LINE = /^[ \t]*([•◦▪‣])[ \t]*\S/;

export interface PastedBullet {
  /** The file line. */
  line: number;
  message: string;
}

/** Lines of a body (starting on file line `firstLine`) that begin with a pasted bullet. */
export function pastedBullets(body: string, firstLine = 1): PastedBullet[] {
  if (!BULLETS.test(body)) return [];
  return body.split('\n').flatMap((text, i) => {
    const bullet = BULLET_LINE.exec(text)?.[1];
    return bullet
      ? [{ line: firstLine + i, message: `this line starts with ${bullet}, a bullet pasted from a word processor, which the site shows as plain text rather than a list item (allowed: start each list item with "- ")` }]
      : [];
  });
}
