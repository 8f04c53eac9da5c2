import { describe, expect, it } from 'vitest';
import { imagesInText } from '../../../src/lib/content/images.ts';

const ALLOWED = ' (allowed: text: say in words what the image shows, and link to the published document that holds it)';

describe('imagesInText', () => {
  it('finds nothing in text without images, links included', () => {
    expect(imagesInText('See [the letter](https://x.gov.uk/a.pdf)! And [this] too.\n')).toEqual([]);
  });

  it('says a web image becomes a link to it, on its line', () => {
    expect(imagesInText('Intro.\n\n![Chart of caseloads by team](https://x.gov.uk/caseloads.png)\n', 10)).toEqual([
      { line: 12, message: `warning: the site does not show images: this one becomes a link to https://x.gov.uk/caseloads.png reading “Image: Chart of caseloads by team”${ALLOWED}` },
    ]);
  });

  it('says an image from a file keeps only its words', () => {
    expect(imagesInText('![](chart3.png)\n![ Staffing ](S:\\Reports\\staff.png)').map((i) => i.message)).toEqual([
      `warning: the site does not show images: this one becomes the words “Image” alone, since chart3.png is not a web address${ALLOWED}`,
      `warning: the site does not show images: this one becomes the words “Image: Staffing” alone, since S:\\Reports\\staff.png is not a web address${ALLOWED}`,
    ]);
  });

  it('finds HTML images too', () => {
    expect(imagesInText('Before\n<p><img alt="Org chart" src="https://x.gov.uk/org.png"></p>\n<IMG SRC=local.jpg>')).toEqual([
      { line: 2, message: `warning: the site does not show images: this one becomes a link to https://x.gov.uk/org.png reading “Image: Org chart”${ALLOWED}` },
      { line: 3, message: `warning: the site does not show images: this one becomes the words “Image” alone, since local.jpg is not a web address${ALLOWED}` },
    ]);
  });
});
